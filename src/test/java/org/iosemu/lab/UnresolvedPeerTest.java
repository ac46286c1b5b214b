package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A crypto map entry whose only peer is a host name that does not resolve (a lab has no name server)
 * must never let the traffic it protects go in clear: the packets are dropped, as IOS drops what it
 * cannot get an SA for. R2 has no crypto map and answers clear-text echoes, so a leak would show as '!'.
 */
class UnresolvedPeerTest {

    private static String router(String name, String self, String peerLine, String loopback, String acl) {
        return "hostname " + name + "\n"
                + "crypto isakmp policy 1\n encryption 3des\n authentication pre-share\n group 2\n"
                + "crypto isakmp key k3y address 0.0.0.0 0.0.0.0\n"
                + "crypto ipsec transform-set ts esp-3des esp-sha-hmac\n"
                + "crypto map test 10 ipsec-isakmp\n" + peerLine + " set transform-set ts\n match address 101\n"
                + "interface Loopback0\n ip address " + loopback + " 255.255.255.0\n"
                + "interface FastEthernet0\n ip address " + self + " 255.255.255.0\n crypto map test\n"
                + "ip route 0.0.0.0 0.0.0.0 " + self.substring(0, self.lastIndexOf('.')) + ".1\n"
                + acl;
    }

    private static LabDriver lab(String r1Peer, boolean r2Protects) {
        String r2 = router("R2", "10.2.80.209", " set peer 10.1.32.14\n", "10.2.2.1",
                "access-list 101 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255\n");
        return new LabDriver(Map.of(
                "R1", router("R1", "10.1.32.14", r1Peer, "10.1.1.1",
                        "access-list 101 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255\n"),
                "R2", r2Protects ? r2 : r2.replace(" crypto map test\n", "")));
    }

    @Test
    void trafficForAnEntryWhosePeerNameDoesNotResolveIsDroppedNotSentInClear() {
        LabDriver d = lab(" set peer r2.lab.example\n", false);
        d.type("enable");
        String ping = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(ping.contains(".....\nSuccess rate is 0 percent (0/5)"), ping);
        assertTrue(d.lab.router("R1").engine().snapshot().ipsecSas().isEmpty(), "no SA with a name that does not resolve");
        String sa = d.type("show crypto ipsec sa");
        assertTrue(sa.contains("#pkts encaps: 0,") && !sa.matches("(?s).*#pkts encaps: [1-9].*"), sa);
    }

    @Test
    void anAddressPeerBesideTheNameIsStillUsed() {
        LabDriver d = lab(" set peer r2.lab.example\n set peer 10.2.80.209\n", true);
        d.type("enable");
        String ping = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(ping.contains(".!!!!\nSuccess rate is 80 percent (4/5)"), ping);
    }
}
