package org.iosemu.cli.terminal;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.TerminalSession;
import org.jline.keymap.KeyMap;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * The IOS keys: `?` (help in place), TAB (complete the last word) and Ctrl-Z (run the typed command,
 * if any, then leave configuration).
 * `?` and Ctrl-Z leave the edited line on screen, print below it and then draw a fresh prompt, so the
 * scrollback reads like an IOS console rather than a redrawn editor line.
 */
final class KeyWidgets {

    static final String HELP = "ios-help";
    static final String COMPLETE = "ios-complete";
    static final String END_CONFIGURATION = "ios-end-configuration";
    static final String SUSPEND_CONNECTION = "ios-suspend-connection";
    static final String INTERRUPT = "ios-interrupt";
    static final String DELETE_CHAR = "ios-delete-char";
    static final String REDISPLAY_LINE = "ios-redisplay-line";

    private final LineReaderImpl reader;
    private final TerminalSession session;
    private final AsyncLines asyncLines;

    KeyWidgets(LineReaderImpl reader, TerminalSession session, AsyncLines asyncLines) {
        this.reader = reader;
        this.session = session;
        this.asyncLines = asyncLines;
    }

    /** Registers the widgets and binds them in the main (emacs) key map. */
    void install() {
        register(HELP, this::help, "?");
        register(COMPLETE, this::complete, "\t");
        register(END_CONFIGURATION, this::endConfiguration, KeyMap.ctrl('Z'));
        register(INTERRUPT, this::interrupt, KeyMap.ctrl('C'));
        register(DELETE_CHAR, this::deleteChar, KeyMap.ctrl('D'));
        // IOS's Ctrl-R and Ctrl-L redisplay the line (JLine's would search history and clear the screen)
        register(REDISPLAY_LINE, this::redisplayLine, KeyMap.ctrl('R'));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(REDISPLAY_LINE), KeyMap.ctrl('L'));
        register(SUSPEND_CONNECTION, this::suspendConnection, String.valueOf(EscapeSequence.ESCAPE_CHARACTER) + "x");
        bindArrowKeysOfBothCursorModes();
        bindIosEditingKeys();
    }

    /**
     * IOS's meaning for the control keys JLine's emacs map gives other jobs: Ctrl-U and Ctrl-X delete back to the
     * start of the line; Ctrl-S (flow control on IOS) does nothing. Every Ctrl-X sequence goes, since JLine's
     * would open its own nano editor (Ctrl-X Ctrl-E, on the emulator's host, from a telnet or SSH session too),
     * switch to vi keys or record macros.
     */
    private void bindIosEditingKeys() {
        KeyMap<org.jline.reader.Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        String ctrlX = KeyMap.ctrl('X');
        main.getBoundKeys().keySet().stream().filter(k -> k.startsWith(ctrlX) && k.length() > 1).toList()
                .forEach(main::unbind);
        main.bind(new Reference(LineReader.BACKWARD_KILL_LINE), ctrlX);
        main.bind(new Reference(LineReader.BACKWARD_KILL_LINE), KeyMap.ctrl('U'));
        main.bind(new Reference(LineReader.BEEP), KeyMap.ctrl('S'));
        // JLine's run-and-keep-the-line keys have no IOS counterpart: a stray Ctrl-O or Esc-a runs nothing
        main.bind(new Reference(LineReader.BEEP), KeyMap.ctrl('O'));
        main.bind(new Reference(LineReader.BEEP), KeyMap.alt('a'));
        // keys bound to widgets this JLine does not have (Ctrl-]) would print "No such widget ..." on the line
        main.getBoundKeys().entrySet().stream()
                .filter(e -> e.getValue() instanceof Reference r && !reader.getWidgets().containsKey(r.name()))
                .map(java.util.Map.Entry::getKey).toList()
                .forEach(k -> main.bind(new Reference(LineReader.BEEP), k));
    }

    /**
     * JLine binds the arrows the terminal type's terminfo names, for an xterm the keypad-mode ESC O A; a client
     * that ignores the switch to keypad mode (a serial terminal, a Windows telnet) sends ESC [ A instead, and
     * IOS's editor takes both. Without these the ESC is read as Meta and "[A" lands in the line.
     */
    private void bindArrowKeysOfBothCursorModes() {
        KeyMap<org.jline.reader.Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        for (String prefix : new String[] {"\u001b[", "\u001bO"}) {
            main.bind(new Reference(LineReader.UP_LINE_OR_HISTORY), prefix + "A");
            main.bind(new Reference(LineReader.DOWN_LINE_OR_HISTORY), prefix + "B");
            main.bind(new Reference(LineReader.FORWARD_CHAR), prefix + "C");
            main.bind(new Reference(LineReader.BACKWARD_CHAR), prefix + "D");
        }
    }

    /**
     * Ctrl-^ x at a prompt: the session suspends the telnet/SSH connection in the foreground (not echoed;
     * the local prompt comes back on the next line, the partly typed line dropped); without one, nothing.
     */
    private boolean suspendConnection() {
        printBelowLine("", session::escape, () -> {
            reader.getBuffer().clear();
            reader.setPrompt(Prompts.forJLine(session.prompt()));
        });
        return true;
    }

    /** Ctrl-R / Ctrl-L: the prompt and the typed text again on a new line, the cursor at its end. */
    private boolean redisplayLine() {
        printBelowLine("", out -> {}, () -> {});
        return true;
    }

    private void register(String name, Widget widget, String keys) {
        reader.getWidgets().put(name, widget);
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(name), keys);
    }

    private boolean help() {
        Buffer buffer = reader.getBuffer();
        if (!session.echoesInput()) {
            buffer.write('?'); // a secret may contain '?'
            return true;
        }
        String typed = buffer.toString();
        printBelowLine("?", out -> session.help(typed, out), () -> {});
        return true;
    }

    private boolean complete() {
        if (!session.echoesInput()) {
            return true;
        }
        Buffer buffer = reader.getBuffer();
        session.complete(buffer.toString()).ifPresent(completed -> {
            buffer.clear();
            buffer.write(completed);
        });
        return true;
    }

    private boolean endConfiguration() {
        if (!session.echoesInput()) {
            return true;
        }
        String typed = reader.getBuffer().toString();
        // IOS runs a typed command before leaving (`no shutdown^Z` brings the interface up)
        printBelowLine("^Z", out -> {
            if (!typed.isBlank()) {
                session.submit(typed, out);
            }
            session.endConfiguration(out);
        }, () -> {
            reader.getBuffer().clear();
            reader.setPrompt(Prompts.forJLine(session.prompt()));
        });
        return true;
    }

    /**
     * Ctrl-C: the typed line is dropped (`^C` marks where), a question is cancelled and configuration mode
     * returns to privileged EXEC, as on IOS.
     */
    private boolean interrupt() {
        printBelowLine("^C", session::interrupt, () -> {
            reader.getBuffer().clear();
            reader.setPrompt(Prompts.forJLine(session.prompt()));
        });
        return true;
    }

    /** Ctrl-D deletes the character under the cursor; on an empty line it does nothing (no end of input, as on IOS). */
    private boolean deleteChar() {
        reader.getBuffer().delete();
        return true;
    }

    /**
     * Ends the screen line after the buffer with {@code marker}, lets {@code action} print below it,
     * lets {@code updateLine} change prompt or buffer, then has the editor draw them afresh on the next
     * line (and only then prints async lines that arrived meanwhile).
     */
    private void printBelowLine(String marker, Consumer<CliOutput> action, Runnable updateLine) {
        Buffer buffer = reader.getBuffer();
        buffer.cursor(buffer.length());
        reader.callWidget(LineReader.REDISPLAY);
        PrintWriter screen = reader.getTerminal().writer();
        screen.print(marker + "\n");
        asyncLines.hold();
        try {
            action.accept(screen::print);
            screen.flush();
            updateLine.run();
        } finally {
            // REDRAW_LINE forgets what the editor drew; the redisplay after this widget starts clean.
            reader.callWidget(LineReader.REDRAW_LINE);
            asyncLines.release();
        }
    }
}
