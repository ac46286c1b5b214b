package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The seed's crypto map with three peers: DPD declares the current hub dead and the map moves on. */
class FailoverTest {

    private static String currentPeer(LabDriver d) {
        String map = d.type("show crypto map");
        int i = map.indexOf("Current peer: ");
        return map.substring(i + 14, map.indexOf('\n', i));
    }

    private static void assertTunnelTo(LabDriver d, String hubLoopback, String hub) {
        String ping = d.type("ping " + hubLoopback + " source Loopback0");
        assertTrue(ping.contains("\n.!!!!\nSuccess rate is 80 percent (4/5)"), ping);
        String sa = d.type("show crypto isakmp sa");
        assertTrue(sa.contains(String.format("%-16s%-16sQM_IDLE", hub, "10.0.0.10")), sa);
    }

    private static void kill(LabDriver d, String hub, String address) {
        int before = d.times("BRANCH", "Crypto tunnel is DOWN. Peer " + address + ":500").size();
        d.type("lab router " + hub + " down", "lab wait 30");
        assertEquals(before + 1, d.times("BRANCH", "Crypto tunnel is DOWN. Peer " + address + ":500").size());
    }

    @Test
    void failsOverThroughThePeerListAndWrapsAround() {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        d.type("enable");
        assertEquals("10.0.0.1", currentPeer(d));
        assertTunnelTo(d, "172.16.1.1", "10.0.0.1");
        kill(d, "HUB1", "10.0.0.1");
        assertEquals("10.0.0.2", currentPeer(d));
        assertTunnelTo(d, "172.16.2.1", "10.0.0.2");
        kill(d, "HUB2", "10.0.0.2");
        assertEquals("10.0.0.3", currentPeer(d));
        assertTunnelTo(d, "172.16.3.1", "10.0.0.3");
        d.type("lab router HUB1 up");
        kill(d, "HUB3", "10.0.0.3");
        assertEquals("10.0.0.1", currentPeer(d));
        assertTunnelTo(d, "172.16.1.1", "10.0.0.1");
    }

    @Test
    void defaultPeerIsWhereFailoverReturns() {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        d.type("enable", "configure terminal", "crypto map green 1 ipsec-isakmp", "no set peer 10.0.0.1",
                "no set peer 10.0.0.2", "no set peer 10.0.0.3", "set peer 10.0.0.1 default", "set peer 10.0.0.2",
                "set peer 10.0.0.3", "end");
        assertTunnelTo(d, "172.16.1.1", "10.0.0.1");
        kill(d, "HUB1", "10.0.0.1");
        assertEquals("10.0.0.2", currentPeer(d));
        assertTunnelTo(d, "172.16.2.1", "10.0.0.2");
        d.type("lab router HUB1 up");
        kill(d, "HUB2", "10.0.0.2");
        assertEquals("10.0.0.1", currentPeer(d), "back to the default peer, not on to 10.0.0.3");
        assertTunnelTo(d, "172.16.1.1", "10.0.0.1");
    }
}
