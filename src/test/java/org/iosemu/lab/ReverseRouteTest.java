package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reverse route injection: `reverse-route` lives with the tunnel, `reverse-route static` with the configuration. */
class ReverseRouteTest {

    private static final String RRI = "S        10.2.2.0/24 [1/0] via 10.2.80.209";

    private static String routes(LabDriver d) {
        return d.type("show ip route | include 10.2.2.0");
    }

    @Test
    void theRouteToTheRemoteNetworkComesAndGoesWithTheIpsecSa() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal", "crypto map test 1 ipsec-isakmp", "reverse-route", "end");
        assertTrue(!routes(d).contains("10.2.2.0/24"), "no tunnel, no route: " + routes(d));
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("!!!!"));
        assertTrue(routes(d).contains(RRI), routes(d));
        d.type("clear crypto sa");
        assertTrue(!routes(d).contains("10.2.2.0/24"), "SA cleared, route withdrawn: " + routes(d));
    }

    @Test
    void aStaticReverseRouteIsThereWithoutTraffic() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal", "crypto map test 1 ipsec-isakmp", "reverse-route static", "end");
        assertTrue(routes(d).contains(RRI), routes(d));
        assertEquals(0, d.lab.router("R1").engine().snapshot().ipsecSas().size(), "and no tunnel was needed for it");
    }
}
