package org.iosemu.cli.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.TerminalSession;

/**
 * A console fed lines from a file or a pipe: prints what a terminal would have shown (prompt, echoed
 * line, output; no pager, no editing) and reports every line IOS rejects as {@code SOURCE:LINE: message},
 * and each line skipped under one as {@code SOURCE:LINE: skipped: under rejected line N}.
 * A line ending in `?` is typed help: the help rows, then the prompt reprinted with the text before it.
 */
public final class ScriptedConsole {

    private final TerminalSession session;
    private final PrintStream screen;
    private final PrintStream errors;
    private final Runnable afterEachLine;
    private final boolean waitForTypedAhead;
    /** A prompt is on screen waiting for its line: an async line starts on a new line below it, as on IOS. */
    private boolean awaitingLine;
    /** An async line pushed the prompt up: it is shown again in front of the line that answers it. */
    private boolean promptInterrupted;

    /**
     * A replay: a command that asks whether the user stopped it reads the next line of the input to see
     * (typed ahead, as in a file, it is always there), so a replay stops a command at the same point every run.
     *
     * @param afterEachLine runs after each line's output (replay lets due virtual-time tasks run there,
     *     so their async lines land in a fixed place in the transcript)
     */
    public ScriptedConsole(TerminalSession session, PrintStream screen, PrintStream errors,
            Runnable afterEachLine) {
        this(session, screen, errors, afterEachLine, true);
    }

    /**
     * @param waitForTypedAhead true for a replay (see above); false for a live pipe on real time, where a
     *     running command only looks at lines that have already arrived
     */
    public ScriptedConsole(TerminalSession session, PrintStream screen, PrintStream errors,
            Runnable afterEachLine, boolean waitForTypedAhead) {
        this.session = session;
        this.screen = screen;
        this.errors = errors;
        this.afterEachLine = afterEachLine;
        this.waitForTypedAhead = waitForTypedAhead;
    }

    /**
     * Feeds every line of {@code input}; the result says whether any was rejected. A line starting with the
     * escape sequence (Ctrl-^ x) or Ctrl-C that arrives while a command runs stops that command and is
     * consumed by it; at a prompt, Ctrl-C drops the text before it (printed with `^C`) and leaves configuration
     * mode, and an escape sequence is ignored, as on an IOS console.
     */
    public Result run(BufferedReader input, String sourceName) {
        session.setAsyncSink(this::printAsync);
        screen.print(session.greeting());
        TypedLines lines = new TypedLines(input);
        int rejected = 0;
        int lastRejected = 0;
        try {
            while (session.isOpen()) {
                String prompt = session.prompt();
                synchronized (this) {
                    screen.print(prompt);
                    screen.flush();
                    awaitingLine = true;
                    promptInterrupted = false;
                }
                String line = lines.next();
                synchronized (this) {
                    awaitingLine = false;
                    if (line != null && promptInterrupted) {
                        screen.print(prompt);
                    }
                }
                if (line == null) {
                    break;
                }
                line = stripCarriageReturn(line);
                int interrupt = line.indexOf(EscapeSequence.INTERRUPT);
                if (interrupt >= 0) {
                    screen.print((session.echoesInput() ? line.substring(0, interrupt) : "") + "^C\n");
                    session.interrupt(screen::print);
                    afterEachLine.run();
                    continue;
                }
                if (EscapeSequence.stopIndex(line) >= 0 && session.escape(screen::print)) {
                    screen.print("\n"); // suspended a telnet/SSH connection: not echoed, the local prompt follows
                    afterEachLine.run();
                    continue;
                }
                line = withoutEscapeSequences(line);
                if (session.echoesInput()) {
                    screen.print(line);
                }
                screen.print("\n");
                if (session.echoesInput() && line.endsWith("?")) {
                    String typed = line.substring(0, line.length() - 1);
                    session.help(typed, screen::print);
                    screen.print(prompt + typed + "\n");
                } else {
                    int lineNumber = lines.count();
                    LineOutcome outcome = session.submit(line, lines.commandOutput());
                    if (outcome.rejected()) {
                        rejected++;
                        lastRejected = lineNumber;
                        // the report follows the line's output on a terminal that shows both streams
                        screen.flush();
                        errors.println(sourceName + ":" + lineNumber + ": " + outcome.message());
                    } else if (outcome.skipped()) {
                        screen.flush();
                        errors.println(sourceName + ":" + lineNumber + ": skipped: under rejected line " + lastRejected);
                    }
                }
                afterEachLine.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screen.flush();
        errors.flush();
        return new Result(lines.count(), rejected);
    }

    /** A lone escape sequence at a prompt does nothing on IOS (there is nothing to suspend or stop). */
    private static String withoutEscapeSequences(String line) {
        int at;
        while ((at = EscapeSequence.stopIndex(line)) >= 0) {
            line = line.substring(0, at) + line.substring(at + 2);
        }
        return line;
    }

    /**
     * The input lines, with one line of look-ahead: what a running command sees of the lines typed after it.
     * A line that starts with a stop (escape sequence or Ctrl-C) is taken by the command it stops.
     */
    private final class TypedLines {
        private final BufferedReader input;
        private String ahead;
        private boolean haveAhead;
        private int count;

        TypedLines(BufferedReader input) {
            this.input = input;
        }

        /** The next line (null at the end of the input). */
        String next() throws IOException {
            if (haveAhead) {
                haveAhead = false;
                return ahead;
            }
            return counted(input.readLine());
        }

        /** Lines taken so far, stops included (what a FILE:LINE report numbers by). */
        int count() {
            return count;
        }

        private String counted(String line) {
            if (line != null) {
                count++;
            }
            return line;
        }

        /** Output for one command: printed and flushed as it runs; stopped by a stop line typed after it. */
        CliOutput commandOutput() {
            return new CliOutput() {
                private boolean stopped;

                @Override
                public void print(String text) {
                    screen.print(text);
                }

                @Override
                public void flush() {
                    screen.flush();
                }

                @Override
                public boolean interrupted() {
                    if (!stopped) {
                        stopped = stopTypedAhead();
                    }
                    return stopped;
                }
            };
        }

        private boolean stopTypedAhead() {
            try {
                if (!haveAhead) {
                    if (!waitForTypedAhead && !input.ready()) {
                        return false;
                    }
                    ahead = counted(input.readLine());
                    haveAhead = true;
                }
            } catch (IOException e) {
                return false;
            }
            if (ahead != null && startsWithStop(ahead)) {
                haveAhead = false;
                return true;
            }
            return false;
        }

        /** Only blanks and tabs may come before the stop (Ctrl-^ is whitespace to Java's strip()). */
        private boolean startsWithStop(String line) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return EscapeSequence.stopIndex(line.substring(i)) == 0;
        }
    }

    /**
     * Debug and syslog lines, flushed at once: on a pipe from a live peer they must show up as they happen,
     * not when the next input line arrives.
     */
    private synchronized void printAsync(String line) {
        if (awaitingLine && !promptInterrupted) {
            screen.print("\n");
            promptInterrupted = true;
        }
        // a message may span lines; one that ends in a newline is followed by an empty line (IOS's state changes)
        screen.print(line + "\n");
        screen.flush();
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** How many lines were fed and how many of them IOS rejected. */
    public record Result(int lines, int rejected) {
        public int exitStatus() {
            return rejected == 0 ? 0 : 1;
        }
    }
}
