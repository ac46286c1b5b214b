package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.iosemu.capture.CapturedPacket;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `monitor capture` and `show monitor capture` through the CLI, and the hidden key command staying hidden. */
class MonitorCaptureCommandTest {
    @TempDir
    Path tmp;

    private final RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
            new StandaloneRouterServices(), new Random(5));
    private final IosSession session = new IosSession(router);

    private String run(String line) {
        StringBuilder out = new StringBuilder();
        LineOutcome o = session.submit(line, out::append);
        assertFalse(o.rejected(), line + " rejected: " + o.message() + "\n" + out);
        return out.toString();
    }

    @Test
    void captureOnAnInterfaceShowAndExport() throws Exception {
        run("enable");
        run("monitor capture CAP interface FastEthernet0/0 both");
        assertEquals("Started capture point : CAP\n", run("monitor capture CAP start"));
        Ipv4 a = Ipv4.parse("10.99.0.2");
        Ipv4 b = Ipv4.parse("10.99.0.1");
        router.captures().onPacket(CapturedPacket.udp(1000, "FastEthernet0/0", false, a, 500, b, 500, new byte[100]));
        router.captures().onPacket(CapturedPacket.udp(1250, "FastEthernet0/0", true, b, 4500, a, 4500, new byte[60]));
        assertEquals("Stopped capture point : CAP\n", run("monitor capture CAP stop"));
        String brief = run("show monitor capture CAP buffer brief");
        assertTrue(brief.contains("    0    142     0.000000  10.99.0.2       ->  10.99.0.1        UDP"), brief);
        assertTrue(brief.contains("    1    102     0.250000  10.99.0.1       ->  10.99.0.2        UDP"), brief);
        Path file = tmp.resolve("cap.pcap");
        assertEquals("Exported Successfully\n", run("monitor capture CAP export " + file));
        assertEquals(24 + 2 * 16 + 142 + 102, Files.size(file));
    }

    @Test
    void keyCommandIsAcceptedButNeverListed() {
        run("enable");
        StringBuilder help = new StringBuilder();
        session.help("show crypto isakmp ", help::append);
        assertTrue(help.toString().contains("sa"), help.toString());
        assertFalse(help.toString().lines().anyMatch(row -> row.startsWith("  keys ")), help.toString());
        assertEquals("", run("show crypto isakmp keys"), "a router without SAs has no keys to print");
    }
}
