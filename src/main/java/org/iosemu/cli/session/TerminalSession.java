package org.iosemu.cli.session;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One user's conversation with a router, independent of how it is carried (console, replay, SSH,
 * telnet). The terminal layer owns line editing, echo and paging; this owns modes, prompts, dialogues
 * and command execution.
 */
public interface TerminalSession {

    /** What the terminal prints once before the first prompt (banners, a login heading); empty by default. */
    default String greeting() {
        return "";
    }

    /** The prompt to show now: "R1(config)#", or a dialogue question such as "Password: ". */
    String prompt();

    /** False while a secret is being asked for (the terminal must not echo it). */
    boolean echoesInput();

    /**
     * A line the user entered (without the line terminator). The outcome says whether IOS would have
     * rejected it (replay reports those as FILE:LINE: message), or whether it was skipped because it is
     * indented under a rejected configuration line (FILE:LINE: skipped: under rejected line N).
     */
    LineOutcome submit(String line, CliOutput out);

    /**
     * `?` was typed after {@code lineBeforeQuestionMark}; prints the help rows. The terminal then
     * redisplays the prompt with the same text.
     */
    void help(String lineBeforeQuestionMark, CliOutput out);

    /** TAB: the line with its last word completed, or empty when nothing unique completes it. */
    Optional<String> complete(String line);

    /** Ctrl-Z: leaves configuration mode like `end`. */
    void endConfiguration(CliOutput out);

    /** Lines per page for the pager; 0 disables paging (`terminal length 0`). */
    int terminalLength();

    /**
     * Characters per screen line (`terminal width`, 80 unless set): where the line editor scrolls a
     * long line sideways; 0 means no limit.
     */
    default int terminalWidth() {
        return 80;
    }

    /** Commands the line editor keeps for recall (`history size` of the session's line, 10 by default). */
    default int historySize() {
        return 10;
    }

    /**
     * Ctrl-C at the prompt (the terminal has dropped the typed line): cancels a question and leaves
     * configuration mode for privileged EXEC, as IOS does. Ctrl-C during a command stops the command instead
     * (see {@link CliOutput#interrupted()}).
     */
    default void interrupt(CliOutput out) {
    }

    /** False once the session ended (`exit` or `logout` on a vty, `lab quit` on the console). */
    boolean isOpen();

    /** True when the session ended because the user asked the emulator to quit (`lab quit`). */
    default boolean quitRequested() {
        return false;
    }

    /**
     * The escape sequence Ctrl-^ x typed at a prompt (no command running): suspends the telnet/SSH connection in
     * the foreground, back to the local prompt, unechoed. True if there was one; otherwise IOS ignores the keys.
     */
    default boolean escape(CliOutput out) {
        return false;
    }

    /** Receives asynchronous lines (syslog, debug) meant for this session's screen. */
    void setAsyncSink(Consumer<String> sink);
}
