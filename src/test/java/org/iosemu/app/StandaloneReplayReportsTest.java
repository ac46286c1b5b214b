package org.iosemu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single router (`--config`/`--replay` without `--lab`) with both output streams on one terminal, as a user
 * sees them: stdout buffered as Main buffers it, stderr not. `lab` commands have no lab to act on, so they are
 * rejected like any bad line; every report comes after the output of the line it is about, and a bad line of the
 * startup-config before the transcript.
 */
class StandaloneReplayReportsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderrOnly = new ByteArrayOutputStream();

    private int launch(String... args) {
        PrintStream stdout = new PrintStream(new BufferedOutputStream(terminal, 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new Tee(terminal, stderrOnly), true, StandardCharsets.UTF_8);
        int status = new Launcher(IosSessions.factory(), new ByteArrayInputStream(new byte[0]), stdout, stderr, () -> false)
                .run(List.of(args));
        stdout.flush();
        return status;
    }

    @Test
    void labCommandsWithoutALabAreRejectedOnStderrAndFailTheReplay() throws Exception {
        Path script = Files.writeString(dir.resolve("s.txt"), "enable\nlab wait 5\nlab show\n");
        assertEquals(1, launch("--replay", script.toString()));
        assertEquals(script + ":2: % lab commands need a lab: start iosemu with --lab DIR\n"
                + script + ":3: % lab commands need a lab: start iosemu with --lab DIR\n", stderrOnly.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reportsFollowTheOutputOfTheirLineAndBootErrorsComeFirst() throws Exception {
        Path config = Files.writeString(dir.resolve("r1.cfg"), "hostname R1\nbogus line\n");
        Path script = Files.writeString(dir.resolve("s.txt"), "enable\nlab wait 5\nshow privilege\n");
        assertEquals(1, launch("--config", config.toString(), "--replay", script.toString()));
        assertEquals(config + ":2: % Invalid input detected at '^' marker.\n"
                + "R1>enable\n"
                + "R1#lab wait 5\n"
                + "% lab commands need a lab: start iosemu with --lab DIR\n"
                + script + ":2: % lab commands need a lab: start iosemu with --lab DIR\n"
                + "R1#show privilege\n"
                + "Current privilege level is 15\n"
                + "R1#", terminal.toString(StandardCharsets.UTF_8));
    }

    /** Writes to two streams, like a terminal that also shows what one of them carries. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        Tee(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }
    }
}
