package org.iosemu.cli.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.TerminalSession;

/**
 * A tiny scripted router for terminal tests: exec/config modes, an enable password dialogue, a command
 * printing N lines, one rejected command, a help listing, completion of "conf", and async log lines.
 */
public final class FakeSession implements TerminalSession {

    public final List<String> submitted = new ArrayList<>();
    public final List<String> helpRequests = new ArrayList<>();
    /** How each `run` command ended: "stopped" (the user stopped it) or "ran out" (5 s without a stop). */
    public final List<String> runs = new ArrayList<>();
    public int interrupts;
    private Consumer<String> asyncSink = line -> {};
    private boolean privileged;
    private boolean askingPassword;
    private boolean config;
    private boolean open = true;
    private int length = 24;

    @Override
    public String prompt() {
        if (askingPassword) {
            return "Password: ";
        }
        return "Router" + (config ? "(config)#" : privileged ? "#" : ">");
    }

    @Override
    public boolean echoesInput() {
        return !askingPassword;
    }

    @Override
    public LineOutcome submit(String line, CliOutput out) {
        submitted.add(line);
        if (askingPassword) {
            askingPassword = false;
            privileged = line.equals("secret?!");
            return LineOutcome.ACCEPTED;
        }
        String[] words = line.trim().split("\\s+");
        switch (words[0]) {
            case "", "!":
                return LineOutcome.ACCEPTED;
            case "enable":
                askingPassword = true;
                return LineOutcome.ACCEPTED;
            case "configure":
                config = true;
                out.println("Enter configuration commands, one per line.  End with CNTL/Z.");
                return LineOutcome.ACCEPTED;
            case "end":
                endConfiguration(out);
                return LineOutcome.ACCEPTED;
            case "exit":
                open = false;
                return LineOutcome.ACCEPTED;
            case "lines":
                for (int i = 1; i <= Integer.parseInt(words[1]); i++) {
                    out.println("line " + i);
                }
                return LineOutcome.ACCEPTED;
            case "length":
                length = Integer.parseInt(words[1]);
                return LineOutcome.ACCEPTED;
            case "run":
                // a long command as ping is: prints as it goes and asks between steps whether to stop
                out.println("running");
                out.flush();
                long deadline = System.currentTimeMillis() + 5000;
                while (!out.interrupted() && System.currentTimeMillis() < deadline) {
                    sleep(2);
                }
                String end = out.interrupted() ? "stopped" : "ran out";
                runs.add(end);
                out.println(end);
                return LineOutcome.ACCEPTED;
            case "log":
                asyncSink.accept("%LOG: " + words[1]);
                return LineOutcome.ACCEPTED;
            default:
                out.println(" ".repeat(prompt().length()) + "^");
                out.println("% Invalid input detected at '^' marker.");
                out.println("");
                return LineOutcome.rejected("% Invalid input detected at '^' marker.");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void interrupt(CliOutput out) {
        interrupts++;
        config = false;
        askingPassword = false;
    }

    @Override
    public void help(String lineBeforeQuestionMark, CliOutput out) {
        helpRequests.add(lineBeforeQuestionMark);
        out.println("  configure  Enter configuration mode");
        out.println("  enable     Turn on privileged commands");
        out.println("");
    }

    @Override
    public Optional<String> complete(String line) {
        return line.equals("conf") ? Optional.of("configure") : Optional.empty();
    }

    @Override
    public void endConfiguration(CliOutput out) {
        if (config) {
            config = false;
            asyncSink.accept("*Mar  1 00:00:00.000: %SYS-5-CONFIG_I: Configured from console by console");
        }
    }

    @Override
    public int terminalLength() {
        return length;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** A log line from another thread, as a live peer's debug output would arrive. */
    public void logAsync(String line) {
        asyncSink.accept(line);
    }

    @Override
    public void setAsyncSink(Consumer<String> sink) {
        asyncSink = sink;
    }
}
