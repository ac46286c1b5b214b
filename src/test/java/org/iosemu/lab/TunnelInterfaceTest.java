package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.IkeSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Tunnel interfaces on virtual time (samples/labs/vti-static-dpd): a static VTI comes up with its IPsec SA and
 * carries the routes through it; DPD (the ISAKMP profile's `keepalive 10 retry 2`, periodic) declares the
 * powered-off peer dead and takes the line protocol and the routes down; GRE, plain and protected, carries
 * traffic too.
 */
class TunnelInterfaceTest {

    private static final String LINE_UP = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up";
    private static final String LINE_DOWN = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down";

    private static Map<String, String> sample(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path dir = Path.of("samples/labs/vti-static-dpd");
        return Map.of("R1", edit.apply(Files.readString(dir.resolve("R1.cfg"))),
                "R2", edit.apply(Files.readString(dir.resolve("R2.cfg"))));
    }

    @Test
    void aVtiComesUpWithItsSaAndDpdTakesItAndItsRoutesDown() {
        LabDriver d = LabDriver.ofSamples("vti-static-dpd");
        d.type("enable");
        assertTrue(d.type("show ip interface brief | include Tunnel0").contains("up                    down"));
        d.time.pass(5_000);
        assertEquals(1, d.times("R1", LINE_UP).size(), "the VTI came up without traffic: " + d.log("R1"));
        assertTrue(d.type("show ip route | include Tunnel0").contains("S        10.2.2.0/24 is directly connected, Tunnel0"));
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("!!!!!"), "all five echoes: the SA was there first");
        IkeSnapshot.IpsecSa sa = d.lab.router("R1").engine().snapshot().ipsecSas().stream()
                .filter(s -> s.mapName().equals("Tunnel0-head-0")).findFirst().orElseThrow();
        assertEquals("0.0.0.0", sa.proxy().srcNet().toString(), "a VTI negotiates 0.0.0.0/0 both ways");
        assertEquals(0, sa.proxy().dstMask().bits());

        long off = d.now();
        d.type("lab router R2 down");
        d.time.pass(45_000);
        List<Long> down = d.times("R1", LINE_DOWN);
        assertEquals(1, down.size(), d.log("R1").toString());
        long after = down.get(0) - off;
        assertTrue(after >= 10_000 && after <= 30_000, "DPD (10 s, retry 2) declared R2 dead after " + after + " ms");
        assertTrue(d.times("R1", "Crypto tunnel is DOWN").stream().anyMatch(t -> t <= down.get(0)), "DPD took the SA first");
        assertFalse(d.type("show ip route | include Tunnel0").contains("10.2.2.0"), "the route went with the tunnel");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("Success rate is 0 percent"));

        d.type("lab router R2 up");
        d.time.pass(30_000);
        assertEquals(2, d.times("R1", LINE_UP).size(), "the VTI retries and comes back: " + d.log("R1"));
        assertTrue(d.type("show ip route | include Tunnel0").contains("10.2.2.0/24"));
    }

    @Test
    void aPlainGreTunnelIsUpOnceItsDestinationIsRoutedAndCarriesTraffic() throws IOException {
        LabDriver d = new LabDriver(sample(c -> c.replace(" tunnel mode ipsec ipv4\n", "")
                .replace(" tunnel protection ipsec profile VTI\n", "")));
        d.type("enable");
        d.time.pass(1_000);
        String brief = d.type("show ip interface brief | include Tunnel0");
        assertTrue(brief.contains("up                    up"), "up with its endpoints, no SA needed: " + brief);
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("!!!!!"));
        assertTrue(d.lab.router("R1").engine().snapshot().ipsecSas().isEmpty(), "nothing protects plain GRE");
        String show = d.type("show interfaces Tunnel0");
        assertTrue(show.contains("  Tunnel protocol/transport GRE/IP\n    Key disabled, sequencing disabled\n"), show);
        assertTrue(show.contains("     5 packets output, 500 bytes"), show);
    }

    @Test
    void aProtectedGreTunnelEncryptsItsGrePackets() throws IOException {
        LabDriver d = new LabDriver(sample(c -> c.replace(" tunnel mode ipsec ipv4\n", "")));
        d.type("enable", "ping 10.2.2.1 source Loopback0");
        IkeSnapshot.IpsecSa sa = d.lab.router("R1").engine().snapshot().ipsecSas().stream().findFirst().orElseThrow();
        assertEquals(47, sa.proxy().protocol(), "the SA protects GRE between the tunnel endpoints");
        assertTrue(sa.encaps() > 0);
        String session = d.type("show crypto session");
        assertTrue(session.contains("Interface: Tunnel0"), session);
        assertTrue(session.contains("IPSEC FLOW: permit 47 host 10.1.32.14 host 10.2.80.209"), session);
    }

    @Test
    void tunnelCommandsBelongToTunnelInterfacesOnly() {
        LabDriver d = LabDriver.ofSamples("vti-static-dpd");
        d.type("enable", "configure terminal", "interface FastEthernet0");
        StringBuilder out = new StringBuilder();
        d.console.submit("tunnel source Loopback0", out::append);
        assertTrue(out.toString().contains("% Invalid input detected at '^' marker."), out.toString());
        d.type("interface Tunnel0", "no tunnel protection ipsec profile VTI", "end");
        assertFalse(d.type("show running-config interface Tunnel0").contains("tunnel protection"));
    }

    /**
     * `show crypto map` lists the map IOS builds for a protected tunnel, laid out as the Cisco DMVPN guide's capture
     * (`vpnprof-head-1`: header with idb and local address, entry 65536 with the profile, entry 65537 the profile
     * instance with the tunnel's access list) in this renderer's 15.x style (`IPv4`, tabs, responder-only line).
     */
    @Test
    void showCryptoMapListsTheTunnelsProfileMapAndItsInstance() throws IOException {
        LabDriver d = LabDriver.ofSamples("vti-static-dpd");
        d.type("enable");
        assertEquals("""
                R1#show crypto map
                Crypto Map: "Tunnel0-head-0" idb: FastEthernet0 local address: 10.1.32.14

                Crypto Map IPv4 "Tunnel0-head-0" 65536 ipsec-isakmp
                \tProfile name: VTI
                \tSecurity association lifetime: 4608000 kilobytes/3600 seconds
                \tResponder-Only (Y/N): N
                \tPFS (Y/N): N
                \tTransform sets={\s
                \t\tAES-SHA:  { esp-aes esp-sha-hmac  } ,\s
                \t}

                Crypto Map IPv4 "Tunnel0-head-0" 65537 ipsec-isakmp
                \tMap is a PROFILE INSTANCE.
                \tPeer = 10.2.80.209
                \tExtended IP access list\s
                \t    access-list  permit ip any any
                \tCurrent peer: 10.2.80.209
                \tSecurity association lifetime: 4608000 kilobytes/3600 seconds
                \tResponder-Only (Y/N): N
                \tPFS (Y/N): N
                \tTransform sets={\s
                \t\tAES-SHA:  { esp-aes esp-sha-hmac  } ,\s
                \t}
                \tInterfaces using crypto map Tunnel0-head-0:
                \t\tTunnel0

                """, d.type("show crypto map"));
        LabDriver gre = new LabDriver(sample(c -> c.replace(" tunnel mode ipsec ipv4\n", "")
                .replace(" set transform-set AES-SHA\n", " set transform-set AES-SHA\n set pfs group14\n")));
        gre.type("enable");
        String map = gre.type("show crypto map");
        assertTrue(map.contains("\tExtended IP access list \n\t    access-list  permit gre host 10.1.32.14 host 10.2.80.209\n"), map);
        assertTrue(map.contains("\tPFS (Y/N): Y\n\tDH group:  group14\n"), map);
    }
}
