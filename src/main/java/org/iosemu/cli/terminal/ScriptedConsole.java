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
        session.setAsyncSink(line -> screen.print(line.endsWith("\n") ? line : line + "\n"));
        int lineNumber = 0;
        int rejected = 0;
        try {
            while (session.isOpen()) {
                String prompt = session.prompt();
                screen.print(prompt);
                screen.flush();
                String line = input.readLine();
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
