package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A hub with a dynamic crypto map (wildcard key, no `set peer`, no ACL) answers a spoke it has no static entry
 * for: the tunnel comes up from the spoke's side, the hub injects the spoke's network while the SA lives, and
 * the hub never starts a negotiation itself.
 */
class DynamicMapTest {

    private static final String RRI = "S        10.2.2.0/24 [1/0] via 10.2.80.209";

    @Test
    void theHubAnswersASpokeWithoutAStaticEntryAndInjectsItsNetwork() {
        LabDriver d = LabDriver.ofSamples("dynamic-map-hub");
        d.type("enable");
        assertFalse(d.type("show ip route").contains("10.2.2.0/24"), "no SA, no route");
        String ping = d.on("SPOKE", "enable", "ping 10.1.1.1 source Loopback0");
        assertTrue(ping.contains("!!!!"), ping);
        assertTrue(d.type("show ip route").contains(RRI), d.type("show ip route"));
        assertEquals(1, d.lab.router("HUB").engine().snapshot().ikeSas().size());
        assertTrue(d.type("show crypto session").contains("origin: dynamic crypto map"));
        d.type("lab router SPOKE down", "lab wait 60");
        assertFalse(d.type("show ip route").contains("10.2.2.0/24"), "DPD removed the SA, and the route with it");
    }

    @Test
    void theHubNeverInitiatesTowardsTheNetworksBehindADynamicMap() {
        LabDriver d = LabDriver.ofSamples("dynamic-map-hub");
        // the hub's echo leaves in clear; the spoke's reply matches its ACL, so the spoke starts IKE
        d.type("enable", "ping 10.2.2.1 source Loopback0");
        String sa = d.type("show crypto isakmp sa");
        assertTrue(sa.contains("10.1.32.14      10.2.80.209     QM_IDLE"), "the spoke initiated (dst = hub): " + sa);
    }

    @Test
    void aDynamicMapWithAnAclRefusesProxiesOutsideIt() {
        LabDriver d = LabDriver.ofSamples("dynamic-map-hub");
        d.type("enable", "configure terminal", "access-list 150 permit ip 10.1.1.0 0.0.0.255 10.9.9.0 0.0.0.255",
                "crypto dynamic-map SPOKES 10", "match address 150", "end");
        String ping = d.on("SPOKE", "enable", "ping 10.1.1.1 source Loopback0");
        assertFalse(ping.contains("!"), ping);
        assertEquals(0, d.lab.router("HUB").engine().snapshot().ipsecSas().size());
    }

    @Test
    void reverseRouteRemotePeerPointsTheInjectedRouteAtTheGivenNextHop() {
        LabDriver d = LabDriver.ofSamples("dynamic-map-hub");
        d.type("enable", "configure terminal", "crypto dynamic-map SPOKES 10", "reverse-route remote-peer 10.1.32.1", "end");
        assertTrue(d.type("show running-config").contains(" reverse-route remote-peer 10.1.32.1\n"));
        d.on("SPOKE", "enable", "ping 10.1.1.1 source Loopback0");
        String routes = d.type("show ip route");
        assertTrue(routes.contains("S        10.2.2.0/24 [1/0] via 10.1.32.1"), routes);
    }
}
