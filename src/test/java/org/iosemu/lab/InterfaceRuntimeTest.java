package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iosemu.ike.IkeSnapshot;
import org.junit.jupiter.api.Test;

/** The runtime's interfaces: a crypto map is an output feature of its own interface; Null0 discards. */
class InterfaceRuntimeTest {

    private static String sample(String router) throws IOException {
        return Files.readString(Path.of("samples/labs/site-to-site-periodic-dpd", router + ".cfg"));
    }

    /**
     * R1 routes 10.2.2.0/24 out FastEthernet1, whose crypto map `other` does not cover that traffic; the map on
     * FastEthernet0 (`test`) does, but the packets do not leave by FastEthernet0, so R1 sends them in clear (R2,
     * whose map does cover the replies, still encrypts those).
     */
    @Test
    void onlyTheExitInterfacesCryptoMapSeesAPacket() throws IOException {
        String r1 = sample("R1").replace("ip route 0.0.0.0 0.0.0.0 10.1.32.1", String.join("\n",
                "crypto map other 1 ipsec-isakmp",
                " set peer 10.9.9.9",
                " set transform-set esp-3des-sha",
                " match address 102",
                "interface FastEthernet1",
                " ip address 10.1.33.14 255.255.255.0",
                " crypto map other",
                "ip route 0.0.0.0 0.0.0.0 10.1.32.1",
                "ip route 10.2.2.0 255.255.255.0 10.1.33.1",
                "access-list 102 permit ip host 10.1.1.1 host 10.9.9.1"));
        LabDriver d = new LabDriver(Map.of("R1", r1, "R2", sample("R2")));
        d.type("enable", "ping 10.2.2.1 source Loopback0 repeat 10");
        d.time.pass(2_000);
        long encrypted = d.lab.router("R1").engine().snapshot().ipsecSas().stream().mapToLong(IkeSnapshot.IpsecSa::encaps).sum();
        assertEquals(0, encrypted, "R1 encrypted nothing: its packets left by FastEthernet1");
        assertTrue(d.lab.router("R1").engine().snapshot().ikeSas().stream()
                .noneMatch(sa -> sa.dst().toString().equals("10.9.9.9") || sa.src().toString().equals("10.9.9.9")), "map other's ACL matched nothing");
    }

    @Test
    void aRouteToNull0DiscardsAndShowsAsDirectlyConnected() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal", "ip route 10.2.2.0 255.255.255.0 Null0", "end");
        assertTrue(d.type("show running-config | include Null").contains("ip route 10.2.2.0 255.255.255.0 Null0"));
        String routes = d.type("show ip route | include Null0");
        assertTrue(routes.contains("S        10.2.2.0/24 is directly connected, Null0"), routes);
        String ping = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(ping.contains("Success rate is 0 percent (0/5)"), ping);
        assertTrue(d.lab.router("R1").engine().snapshot().ikeSas().isEmpty(), "the packets never reached the crypto map");
    }

    @Test
    void onlyNull0Exists() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal");
        StringBuilder out = new StringBuilder();
        d.console.submit("ip route 10.2.2.0 255.255.255.0 Null1", out::append);
        assertTrue(out.toString().contains("% Invalid input detected at '^' marker."), out.toString());
        assertFalse(d.type("do show running-config").contains("Null1"));
    }
}
