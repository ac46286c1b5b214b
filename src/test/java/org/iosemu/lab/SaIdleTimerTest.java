package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * IPsec SA idle timers (one of the guide's IPsec features), on virtual time: an SA that carries nothing for the
 * idle time is deleted, and the IKE SA with it when it was the last; traffic moves the deadline; with
 * `default` the crypto map returns to its default peer, so a branch that failed over goes home once quiet.
 */
class SaIdleTimerTest {

    private static String currentPeer(LabDriver d) {
        String map = d.type("show crypto map");
        int i = map.indexOf("Current peer: ");
        return map.substring(i + 14, map.indexOf('\n', i));
    }

    private static int ipsecSas(LabDriver d) {
        return d.lab.router("BRANCH").engine().snapshot().ipsecSas().size();
    }

    private static int ikeSas(LabDriver d) {
        return d.lab.router("BRANCH").engine().snapshot().ikeSas().size();
    }

    private static void ping(LabDriver d, String target) {
        String out = d.type("ping " + target + " source Loopback0");
        assertTrue(out.contains("!!!!"), out);
    }

    @Test
    void aQuietSaIsDeletedAtTheGlobalIdleTimeAndTrafficPostponesIt() {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        d.type("enable", "configure terminal", "crypto ipsec security-association idle-time 120", "end");
        ping(d, "172.16.1.1");
        assertTrue(ipsecSas(d) > 0, "tunnel up");
        d.type("lab wait 100");
        ping(d, "172.16.1.1"); // traffic at 100 s: idle from here on
        d.type("lab wait 100");
        assertTrue(ipsecSas(d) > 0, "200 s after setup but only 100 s idle: still up");
        d.type("lab wait 25");
        assertEquals(0, ipsecSas(d), "idle 125 s: deleted");
        assertEquals(0, ikeSas(d), "the last IPsec SA took the IKE SA with it");
        assertEquals(0, d.lab.router("HUB1").engine().snapshot().ipsecSas().size(), "the hub got the DELETE");
    }

    @Test
    void withDefaultTheMapReturnsToItsDefaultPeerOnceIdle() {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        d.type("enable", "configure terminal", "crypto map green 1 ipsec-isakmp", "no set peer 10.0.0.1",
                "no set peer 10.0.0.2", "no set peer 10.0.0.3", "set peer 10.0.0.1 default", "set peer 10.0.0.2",
                "set peer 10.0.0.3", "set security-association idle-time 300 default", "end");
        ping(d, "172.16.1.1");
        d.type("lab router HUB1 down", "lab wait 30");
        assertEquals("10.0.0.2", currentPeer(d), "DPD moved the map on");
        ping(d, "172.16.2.1");
        d.type("lab router HUB1 up", "lab wait 200");
        assertEquals("10.0.0.2", currentPeer(d), "not idle yet");
        d.type("lab wait 120");
        assertEquals("10.0.0.1", currentPeer(d), "idle: back to the default peer");
        ping(d, "172.16.1.1");
        String sa = d.type("show crypto isakmp sa");
        assertTrue(sa.contains("10.0.0.1") && !sa.contains("10.0.0.2 "), sa);
    }

    @Test
    void withoutAnIdleTimeAQuietSaStaysForItsLifetime() {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        d.type("enable");
        ping(d, "172.16.1.1");
        d.type("lab wait 1800");
        assertTrue(ipsecSas(d) > 0);
    }
}
