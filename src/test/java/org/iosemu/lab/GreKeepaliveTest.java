package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GRE keepalives on virtual time: R1's plain GRE tunnel (samples/labs/vti-static-dpd turned into GRE) with
 * `keepalive 5 3` sends one every 5 s, which R2 (no keepalive configured) sends back; with R2 off, the fourth
 * period after the last reply finds three unanswered and takes the line protocol down; the first reply after R2
 * is back brings it up again.
 */
class GreKeepaliveTest {

    private static final String LINE_UP = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up";
    private static final String LINE_DOWN = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down";

    private static LabDriver greLab(String r1Keepalive) throws IOException {
        Path dir = Path.of("samples/labs/vti-static-dpd");
        java.util.function.UnaryOperator<String> gre = c -> c.replace(" tunnel mode ipsec ipv4\n", "")
                .replace(" tunnel protection ipsec profile VTI\n", "");
        return new LabDriver(Map.of(
                "R1", gre.apply(Files.readString(dir.resolve("R1.cfg")))
                        .replace(" tunnel source FastEthernet0\n", r1Keepalive + " tunnel source FastEthernet0\n"),
                "R2", gre.apply(Files.readString(dir.resolve("R2.cfg")))));
    }

    @Test
    void unansweredKeepalivesTakeTheLineProtocolDownAndARepliedOneBringsItBack() throws IOException {
        LabDriver d = greLab(" keepalive 5 3\n");
        d.type("enable");
        assertTrue(d.type("show interfaces Tunnel0").contains("  Keepalive set (5 sec), retries 3\n"));
        d.time.pass(31_000);
        assertTrue(d.type("show ip interface brief | include Tunnel0").contains("up                    up"));
        assertTrue(d.times("R1", LINE_DOWN).isEmpty(), "R2 answers every keepalive: " + d.log("R1"));
        assertTrue(d.type("show interfaces Tunnel0").contains("     6 packets input, 144 bytes"),
                "six replies (24-byte inner GRE packets, t = 5 ... 30 s) came back through the tunnel");

        d.type("lab router R2 down");
        d.time.pass(29_500); // to 60.5 s
        // keepalives at 35, 40 and 45 s go unanswered; at 50 s three are outstanding
        assertEquals(List.of(50_000L), d.times("R1", LINE_DOWN), d.log("R1").toString());
        assertTrue(d.type("show ip interface brief | include Tunnel0").contains("up                    down"));
        assertTrue(!d.type("show ip route").contains("Tunnel0"), "the routes through the tunnel went with it");

        d.type("lab router R2 up");
        d.time.pass(9_500); // to 70 s: the keepalive of 65 s comes back 2 ms later (1 ms each way)
        assertEquals(List.of(65_002L), d.times("R1", LINE_UP), d.log("R1").toString());
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("!!!!!"));
    }

    @Test
    void withoutKeepaliveTheTunnelStaysUpWhileItsDestinationIsRouted() throws IOException {
        LabDriver d = greLab("");
        d.type("enable", "lab router R2 down");
        d.time.pass(60_000);
        assertTrue(d.times("R1", LINE_DOWN).isEmpty(), "nothing tells R1 that R2 is gone: " + d.log("R1"));
        assertTrue(d.type("show interfaces Tunnel0").contains("  Keepalive not set\n"));
    }

    @Test
    void aShutDownTunnelAtTheFarEndTakesInNoGreSoKeepalivesFail() throws IOException {
        LabDriver d = greLab(" keepalive 10 3\n");
        d.type("enable");
        d.time.pass(1_000);
        d.on("R2", "enable", "configure terminal", "interface Tunnel0", "shutdown", "end");
        d.time.pass(45_000);
        // keepalives at 10, 20, 30 s unanswered; at 40 s three are outstanding
        assertEquals(List.of(40_000L), d.times("R1", LINE_DOWN), d.log("R1").toString());
        d.type("configure terminal", "interface Tunnel0", "no keepalive", "end");
        d.time.pass(1_000);
        assertEquals(1, d.times("R1", LINE_UP).size(), "without keepalive nothing holds the line down: " + d.log("R1"));
    }
}
