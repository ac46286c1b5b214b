package org.iosemu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.cli.terminal.FakeSession;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.RealTimeScheduler;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    private final List<RouterSetup> setups = new ArrayList<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private final List<FakeSession> sessions = new ArrayList<>();

    private int launch(String stdin, String... args) {
        return launch(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private int launch(byte[] stdin, String... args) {
        Launcher launcher = new Launcher((setup, bootErrors) -> {
            setups.add(setup);
            if (setup.startupConfig().isPresent() && setup.startupConfig().get().toString().endsWith(".bad")) {
                bootErrors.println(setup.startupConfig().get() + ":1: % Invalid input detected at '^' marker.");
            }
            FakeSession session = new FakeSession();
            sessions.add(session);
            return session;
        }, new ByteArrayInputStream(stdin),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), () -> false);
        return launcher.run(List.of(args));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void replayPrintsTheTranscriptAndReportsRejectedLines() throws Exception {
        Path script = Files.writeString(dir.resolve("r1.txt"), "enable\nsecret?!\nbogus\n");
        assertEquals(1, launch("", "--replay", script.toString()));
        assertEquals("Router>enable\nPassword: \nRouter#bogus\n       ^\n"
                + "% Invalid input detected at '^' marker.\n\nRouter#", out());
        assertEquals(script + ":3: % Invalid input detected at '^' marker.\n", err());
    }

    /** Bytes that are not UTF-8: that line is read byte for character (ISO-8859-1), reported, and the run goes on. */
    private static final byte[] BAD_BYTES = {'e', 'n', 'a', 'b', 'l', 'e', '\n', 'h', 'o', 's', 't', 'n', 'a', 'm', 'e', ' ',
            'R', (byte) 0xff, '\r', '\n', 'd', 'e', 's', 'c', ' ', 'c', 'a', 'f', (byte) 0xe9, '\n', 'e', 'n', 'd', '\n'};

    @Test
    void invalidUtf8InAReplayFileIsReportedWithItsLineAndTheReplayGoesOn() throws Exception {
        Path script = Files.write(dir.resolve("bytes.txt"), BAD_BYTES);
        assertEquals(1, launch("", "--replay", script.toString()));
        assertEquals(script + ":2: % Invalid UTF-8 byte 0xFF at column 11: line read as ISO-8859-1\n"
                + script + ":3: % Invalid UTF-8 byte 0xE9 at column 9: line read as ISO-8859-1\n"
                + script + ":3: % Invalid input detected at '^' marker.\n", err());   // the fake session knows no `desc`
        assertEquals(List.of("enable", "hostname R\u00ff", "desc caf\u00e9", "end"), sessions.get(0).submitted);
    }

    @Test
    void invalidUtf8OnPipedStandardInputToo() {
        assertEquals(1, launch(BAD_BYTES, "--replay", "-"));
        assertTrue(err().startsWith("<stdin>:2: % Invalid UTF-8 byte 0xFF at column 11"), err());
        assertEquals(4, sessions.get(0).submitted.size());
        stderr.reset();
        assertEquals(1, launch(BAD_BYTES));
        assertTrue(err().contains(":3: % Invalid UTF-8 byte 0xE9 at column 9"), err());
        assertEquals(4, sessions.get(1).submitted.size());
    }

    @Test
    void replayRunsARouterNamedRouterOnVirtualTimeFromTheIosBootEpoch() throws Exception {
        Path script = Files.writeString(dir.resolve("ok.txt"), "enable\nsecret?!\n");
        assertEquals(0, launch("", "--config", "saved.cfg", "--replay", script.toString()));
        RouterSetup setup = setups.get(0);
        assertEquals(Optional.of(Path.of("saved.cfg")), setup.startupConfig());
        assertInstanceOf(VirtualScheduler.class, setup.scheduler());
        assertEquals(IosTimestamp.IOS_BOOT_EPOCH_MILLIS, setup.scheduler().nowMillis());
        assertEquals("", err());
    }

    @Test
    void replaysRepeatTheirRandomChoices() throws Exception {
        Path script = Files.writeString(dir.resolve("ok.txt"), "");
        launch("", "--replay", script.toString());
        launch("", "--replay", script.toString());
        assertEquals(setups.get(0).random().nextLong(), setups.get(1).random().nextLong());
    }

    @Test
    void startupConfigLinesRejectedAtBootFailTheReplay() throws Exception {
        Path script = Files.writeString(dir.resolve("ok.txt"), "enable\nsecret?!\n");
        assertEquals(1, launch("", "--config", "r1.bad", "--replay", script.toString()));
        assertEquals("r1.bad:1: % Invalid input detected at '^' marker.\n", err());
    }

    @Test
    void replayFromStandardInputNamesItInMessages() {
        assertEquals(1, launch("nope\n", "--replay", "-"));
        assertEquals("<stdin>:1: % Invalid input detected at '^' marker.\n", err());
    }

    @Test
    void pipedInputWithoutReplayIsAConsoleOnRealTime() {
        assertEquals(0, launch("enable\nsecret?!\n"));
        assertEquals("Router>enable\nPassword: \nRouter#", out());
        assertInstanceOf(RealTimeScheduler.class, setups.get(0).scheduler());
    }

    @Test
    void helpAndUsageErrors() {
        assertEquals(0, launch("", "--help"));
        assertTrue(out().startsWith("usage: java -jar iosemu.jar"), out());
        assertEquals(2, launch("", "--bogus"));
        assertTrue(err().startsWith("iosemu: unknown option: --bogus\nusage:"), err());
    }

    @Test
    void aMissingReplayFileIsAnError() {
        assertEquals(2, launch("", "--replay", dir.resolve("absent.txt").toString()));
        assertEquals("iosemu: no such file: " + dir.resolve("absent.txt") + "\n", err());
        assertEquals("", out());
    }
}
