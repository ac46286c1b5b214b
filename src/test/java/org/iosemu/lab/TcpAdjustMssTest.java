package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * `ip tcp adjust-mss` on virtual time, seen through `debug ip tcp transactions`: R1 telnets across a plain GRE
 * tunnel (samples/labs/vti-static-dpd as GRE, default ip mtu 1476) to R2's tunnel address, a connected network,
 * so each side's TCP advertises 1436 (MTU less 40); the tunnels' `ip tcp adjust-mss 1360` lowers the SYN on its way
 * out of R1 and the SYN-ACK on its way out of R2. A SYN already below the limit (536 towards a remote network) is
 * left alone.
 */
class TcpAdjustMssTest {

    private static LabDriver lab(UnaryOperator<String> r1Edit) throws IOException {
        return lab(r1Edit, c -> c);
    }

    private static LabDriver lab(UnaryOperator<String> r1Edit, UnaryOperator<String> r2Edit) throws IOException {
        Path dir = Path.of("samples/labs/vti-static-dpd");
        UnaryOperator<String> gre = c -> c.replace(" tunnel mode ipsec ipv4\n", "")
                .replace(" tunnel protection ipsec profile VTI\n", "").replace(" ip mtu 1400\n", "").replace("\nend", "");
        String vty = "line vty 0 4\n no login\nend\n";
        LabDriver d = new LabDriver(Map.of("R1", r1Edit.apply(gre.apply(Files.readString(dir.resolve("R1.cfg")))) + vty,
                "R2", r2Edit.apply(gre.apply(Files.readString(dir.resolve("R2.cfg")))) + vty));
        d.on("R2", "enable", "debug ip tcp transactions");
        d.type("enable", "debug ip tcp transactions");
        d.time.pass(1_000);
        return d;
    }

    private static List<String> debug(LabDriver d, String router, String contains) {
        return d.log(router).stream().map(LabDriver.LogLine::text).filter(t -> t.contains(contains)).toList();
    }

    @Test
    void theSynAndTheSynAckAreLoweredToTheTunnelsLimit() throws IOException {
        LabDriver d = lab(c -> c);
        TelnetSessionsTest.typed(d, "telnet 172.16.0.2");
        assertEquals(List.of("TCP0: Connection to 172.16.0.2:23, advertising MSS 1436"), debug(d, "R1", "advertising"));
        assertTrue(debug(d, "R2", "peer MSS").get(0).endsWith("connection to 172.16.0.1:11000, peer MSS 1360, MSS is 1360"),
                "R1's Tunnel0 lowered the SYN: " + d.log("R2"));
        assertEquals(List.of("TCP0: Connection to 172.16.0.1:11000, advertising MSS 1436"), debug(d, "R2", "advertising"));
        assertTrue(debug(d, "R1", "peer MSS").get(0).endsWith("connection to 172.16.0.2:23, peer MSS 1360, MSS is 1360"),
                "R2's Tunnel0 lowered the SYN-ACK: " + d.log("R1"));
        String features = d.type("show ip interface Tunnel0 | include features");
        assertTrue(features.contains("  Input features: MCI Check, TCP Adjust MSS\n  Output features: TCP Adjust MSS\n"),
                features);
        assertEquals(List.of("TCP0: state was CLOSED -> SYNSENT [11000 -> 172.16.0.2(23)]",
                "TCP0: state was SYNSENT -> ESTAB [11000 -> 172.16.0.2(23)]"), debug(d, "R1", "state was"));
    }

    @Test
    void r1sTunnelAloneLowersTheSynGoingOutAndTheSynAckComingIn() throws IOException {
        LabDriver d = lab(c -> c, c -> c.replace(" ip tcp adjust-mss 1360\n", ""));
        TelnetSessionsTest.typed(d, "telnet 172.16.0.2");
        assertTrue(debug(d, "R2", "peer MSS").get(0).endsWith("peer MSS 1360, MSS is 1360"), d.log("R2").toString());
        assertTrue(debug(d, "R1", "peer MSS").get(0).endsWith("peer MSS 1360, MSS is 1360"), "lowered coming in");
    }

    @Test
    void r2sTunnelAloneLowersTheSynComingInAndTheSynAckGoingOut() throws IOException {
        LabDriver d = lab(c -> c.replace(" ip tcp adjust-mss 1360\n", ""), c -> c);
        TelnetSessionsTest.typed(d, "telnet 172.16.0.2");
        assertTrue(debug(d, "R2", "peer MSS").get(0).endsWith("peer MSS 1360, MSS is 1360"), d.log("R2").toString());
        assertTrue(debug(d, "R1", "peer MSS").get(0).endsWith("peer MSS 1360, MSS is 1360"), "and the SYN-ACK going out");
    }

    @Test
    void withoutTheCommandBothSidesKeepTheirMss() throws IOException {
        UnaryOperator<String> none = c -> c.replace(" ip tcp adjust-mss 1360\n", "");
        LabDriver d = lab(none, none);
        TelnetSessionsTest.typed(d, "telnet 172.16.0.2");
        assertTrue(debug(d, "R2", "peer MSS").get(0).endsWith("peer MSS 1436, MSS is 1436"), d.log("R2").toString());
        assertTrue(debug(d, "R1", "peer MSS").get(0).endsWith("peer MSS 1436, MSS is 1436"), d.log("R1").toString());
    }

    @Test
    void theMssIsNeverRaised() throws IOException {
        LabDriver d = lab(c -> c.replace(" ip tcp adjust-mss 1360\n", " ip tcp adjust-mss 1460\n"));
        TelnetSessionsTest.typed(d, "telnet 10.2.2.1"); // R2's loopback: not a connected network, 536
        assertEquals(List.of("TCP0: Connection to 10.2.2.1:23, advertising MSS 536"), debug(d, "R1", "advertising"));
        assertTrue(debug(d, "R2", "peer MSS").get(0).endsWith("peer MSS 536, MSS is 536"), d.log("R2").toString());
    }
}
