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

    private int launch(String stdin, String... args) {
        Launcher launcher = new Launcher((setup, bootErrors) -> {
            setups.add(setup);
            if (setup.startupConfig().isPresent() && setup.startupConfig().get().toString().endsWith(".bad")) {
                bootErrors.println(setup.startupConfig().get() + ":1: % Invalid input detected at '^' marker.");
            }
            return new FakeSession();
        }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
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
