package org.iosemu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The lines indented under a rejected configuration line are reported on stderr as
 * {@code FILE:LINE: skipped: under rejected line N} and never applied, whether the lines come from
 * `--replay`, a pipe or the `--config` startup-config.
 */
class RejectedBlockReplayTest {

    /** A routing process (not emulated) after an interface: its `shutdown` must not shut the interface. */
    private static final String CONFIG = """
            hostname R1
            interface FastEthernet0
             ip address 10.0.0.1 255.255.255.0
             no shutdown
            router ospf 1
             network 10.0.0.0 0.0.0.255 area 0
             shutdown
            ip route 0.0.0.0 0.0.0.0 10.0.0.2
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int launch(String stdin, String... args) {
        Launcher launcher = new Launcher(IosSessions.factory(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
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
    void replayReportsEachSkippedLineAndTheInterfaceStaysUp() throws Exception {
        Path script = Files.writeString(dir.resolve("paste.txt"),
                "enable\nconfigure terminal\n" + CONFIG + "end\nshow running-config interface FastEthernet0\n");
        assertEquals(1, launch("", "--replay", script.toString()));
        assertEquals(script + ":7: % Not emulated by iosemu: \"router ospf\"\n"
                + script + ":8: skipped: under rejected line 7\n"
                + script + ":9: skipped: under rejected line 7\n", err());
        assertTrue(out().contains("R1(config-if)#router ospf 1\n% Not emulated by iosemu: \"router ospf\"\n"
                + "R1(config)# network 10.0.0.0 0.0.0.255 area 0\n"
                + "% Skipped: under rejected line \"router ospf 1\"\n"
                + "R1(config)# shutdown\n% Skipped: under rejected line \"router ospf 1\"\n"
                + "R1(config)#ip route 0.0.0.0 0.0.0.0 10.0.0.2\n"), out());
        String interfaceBlock = out().substring(out().indexOf("interface FastEthernet0\n ip address"));
        assertFalse(interfaceBlock.contains(" shutdown"), interfaceBlock);
    }

    @Test
    void pipedInputIsReportedTheSameWay() {
        assertEquals(1, launch("enable\nconfigure terminal\n" + CONFIG));
        assertEquals("<stdin>:7: % Not emulated by iosemu: \"router ospf\"\n"
                + "<stdin>:8: skipped: under rejected line 7\n"
                + "<stdin>:9: skipped: under rejected line 7\n", err());
    }

    @Test
    void startupConfigSkipsTheBlockWhenItBoots() throws Exception {
        Path startup = Files.writeString(dir.resolve("r1.cfg"), CONFIG);
        Path script = Files.writeString(dir.resolve("show.txt"), "enable\nshow ip interface brief\n");
        launch("", "--config", startup.toString(), "--replay", script.toString());
        assertEquals(startup + ":5: % Not emulated by iosemu: \"router ospf\"\n"
                + startup + ":6: skipped: under rejected line 5\n"
                + startup + ":7: skipped: under rejected line 5\n", err());
        assertTrue(out().contains("FastEthernet0              10.0.0.1        YES NVRAM  up                    up"), out());
    }
}
