package org.iosemu.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.iosemu.cli.lang.Mode;
import org.iosemu.cli.session.HostileScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input script through {@code --replay} (a file and a pipe), booted from a startup-config made
 * of hostile configuration lines: the run reaches the end of its input (exit status 0 or 1, never 2), and
 * stderr holds only {@code FILE:LINE: message} reports, no exception.
 */
class HostileReplayTest {

    private static final Pattern REPORT = Pattern.compile("(.+):\\d+: \\S.*");

    @TempDir
    Path dir;

    @Test
    void replayFilePipeAndStartupConfigSurviveTheHostileScript() throws Exception {
        List<byte[]> script = HostileScript.lines(7, 150, EnumSet.allOf(Mode.class), HostileScript.ANY);
        byte[] file = HostileScript.file(script);
        Path replay = Files.write(dir.resolve("hostile.txt"), file);
        // what a damaged startup-config could hold: the configuration-mode part, bad bytes and all
        List<byte[]> configLines = HostileScript.lines(8, 100, EnumSet.of(Mode.CONFIG, Mode.CRYPTO_MAP, Mode.INTERFACE,
                Mode.EXT_NACL), HostileScript.ANY).stream().filter(l -> !new String(l, StandardCharsets.ISO_8859_1)
                        .matches("(?i)\\s*(configure|copy|write|do|end).*")).toList();
        Path startup = Files.write(dir.resolve("startup.cfg"), HostileScript.file(configLines));
        long started = System.nanoTime();
        check(run(new byte[0], "--config", startup.toString(), "--replay", replay.toString()), script.size());
        check(run(file, "--replay", "-"), script.size());
        System.out.printf("hostile replay: %d lines from a file, %d from a pipe, %d startup-config lines in %d ms%n",
                script.size(), script.size(), configLines.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private record Run(int status, String out, String err) {
    }

    private static void check(Run run, int lines) {
        assertTrue(run.status() == 0 || run.status() == 1, "exit " + run.status() + ": " + run.err());
        for (String line : run.err().split("\n")) {
            assertTrue(line.isEmpty() || REPORT.matcher(line).matches(), "not a FILE:LINE report: " + line);
        }
        assertFalse(stackTrace(run.out()), () -> "a stack trace on the console: " + around(run.out()));
        assertFalse(stackTrace(run.err()), () -> "a stack trace on stderr: " + around(run.err()));
        assertTrue(run.out().length() > lines, "the transcript reached the end");
    }

    /** A Java exception's class name or a stack frame line. */
    private static final Pattern TRACE = Pattern.compile("(?m)(java|org\\.iosemu)\\.[\\w.$]+(Exception|Error)\\b|^\\s+at [\\w.$]+\\(");

    static boolean stackTrace(String text) {
        return TRACE.matcher(text).find();
    }

    private static String around(String text) {
        var m = TRACE.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 300), Math.min(text.length(), m.end() + 300)) : "";
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Launcher(IosSessions.factory(), new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> false).run(List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
