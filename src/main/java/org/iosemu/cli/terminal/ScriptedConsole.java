package org.iosemu.cli.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.TerminalSession;

/**
 * A console fed lines from a file or a pipe: prints what a terminal would have shown (prompt, echoed
 * line, output; no pager, no editing) and reports every line IOS rejects as {@code SOURCE:LINE: message}.
 * A line ending in `?` is typed help: the help rows, then the prompt reprinted with the text before it.
 */
public final class ScriptedConsole {

    private final TerminalSession session;
    private final PrintStream screen;
    private final PrintStream errors;
    private final Runnable afterEachLine;
    /** A prompt is on screen waiting for its line: an async line starts on a new line below it, as on IOS. */
    private boolean awaitingLine;
    /** An async line pushed the prompt up: it is shown again in front of the line that answers it. */
    private boolean promptInterrupted;

    /**
     * @param afterEachLine runs after each line's output (replay lets due virtual-time tasks run there,
     *     so their async lines land in a fixed place in the transcript)
     */
    public ScriptedConsole(TerminalSession session, PrintStream screen, PrintStream errors,
            Runnable afterEachLine) {
        this.session = session;
        this.screen = screen;
        this.errors = errors;
        this.afterEachLine = afterEachLine;
    }

    /** Feeds every line of {@code input}; the result says whether any was rejected. */
    public Result run(BufferedReader input, String sourceName) {
        session.setAsyncSink(this::printAsync);
        screen.print(session.greeting());
        int lineNumber = 0;
        int rejected = 0;
        try {
            while (session.isOpen()) {
                String prompt = session.prompt();
                synchronized (this) {
                    screen.print(prompt);
                    screen.flush();
                    awaitingLine = true;
                    promptInterrupted = false;
                }
                String line = input.readLine();
                synchronized (this) {
                    awaitingLine = false;
                    if (line != null && promptInterrupted) {
                        screen.print(prompt);
                    }
                }
                if (line == null) {
                    break;
                }
                lineNumber++;
                line = stripCarriageReturn(line);
                if (session.echoesInput()) {
                    screen.print(line);
                }
                screen.print("\n");
                if (session.echoesInput() && line.endsWith("?")) {
                    String typed = line.substring(0, line.length() - 1);
                    session.help(typed, screen::print);
                    screen.print(prompt + typed + "\n");
                } else {
                    LineOutcome outcome = session.submit(line, screen::print);
                    if (outcome.rejected()) {
                        rejected++;
                        // the report follows the line's output on a terminal that shows both streams
                        screen.flush();
                        errors.println(sourceName + ":" + lineNumber + ": " + outcome.message());
                    }
                }
                afterEachLine.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screen.flush();
        errors.flush();
        return new Result(lineNumber, rejected);
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
