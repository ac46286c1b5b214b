package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.iosemu.ike.IkeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `clear crypto session|isakmp|sa` remove exactly the SAs their filters name. */
class ClearSessionTest {

    private LabDriver d;

    private static String center() {
        return String.join("\n",
                "hostname C",
                "crypto isakmp policy 1",
                " encryption aes",
                " authentication pre-share",
                " group 2",
                "crypto isakmp key secret address 0.0.0.0 0.0.0.0",
                "crypto ipsec transform-set ts esp-aes esp-sha-hmac",
                "crypto map vpn 10 ipsec-isakmp",
                " set peer 10.0.0.2",
                " set transform-set ts",
                " match address 102",
                "crypto map vpn 20 ipsec-isakmp",
                " set peer 10.0.0.3",
                " set transform-set ts",
                " match address 103",
                "interface Loopback0",
                " ip address 192.168.1.1 255.255.255.0",
                "interface FastEthernet0",
                " ip address 10.0.0.1 255.255.255.0",
                " crypto map vpn",
                "ip route 192.168.0.0 255.255.0.0 10.0.0.254",
                "access-list 102 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255",
                "access-list 103 permit ip 192.168.1.0 0.0.0.255 192.168.3.0 0.0.0.255",
                "");
    }

    private static String spoke(int n) {
        return String.join("\n",
                "hostname S" + n,
                "crypto isakmp policy 1",
                " encryption aes",
                " authentication pre-share",
                " group 2",
                "crypto isakmp key secret address 10.0.0.1",
                "crypto ipsec transform-set ts esp-aes esp-sha-hmac",
                "crypto map vpn 10 ipsec-isakmp",
                " set peer 10.0.0.1",
                " set transform-set ts",
                " match address 101",
                "interface Loopback0",
                " ip address 192.168." + n + ".1 255.255.255.0",
                "interface FastEthernet0",
                " ip address 10.0.0." + n + " 255.255.255.0",
                " crypto map vpn",
                "ip route 192.168.1.0 255.255.255.0 10.0.0.254",
                "access-list 101 permit ip 192.168." + n + ".0 0.0.0.255 192.168.1.0 0.0.0.255",
                "");
    }

    @BeforeEach
    void twoSessions() {
        d = new LabDriver(Map.of("C", center(), "S2", spoke(2), "S3", spoke(3)));
        d.type("enable", "ping 192.168.2.1 source Loopback0", "ping 192.168.3.1 source Loopback0");
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), ikePeers());
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), ipsecPeers());
    }

    private IkeSnapshot snapshot() {
        return d.lab.router("C").engine().snapshot();
    }

    private List<String> ikePeers() {
        return snapshot().ikeSas().stream().filter(s -> s.status().equals("ACTIVE"))
                .map(s -> IsakmpSaRenderer.remote(s).toString()).sorted().toList();
    }

    private List<String> ipsecPeers() {
        return snapshot().ipsecSas().stream().map(s -> s.peer().toString()).sorted().toList();
    }

    private void clear(String command) {
        String screen = d.type(command);
        // the command prints nothing; only the log lines of the sessions it tears down may follow
        assertEquals(List.of("C#" + command), screen.lines().filter(l -> !l.startsWith("*Mar")).toList());
        screen.lines().filter(l -> l.startsWith("*Mar"))
                .forEach(l -> assertTrue(l.contains("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN."), l));
    }

    @Test
    void remoteAddressClearsOnlyThatPeer() {
        clear("clear crypto session remote 10.0.0.2");
        assertEquals(List.of("10.0.0.3"), ikePeers());
        assertEquals(List.of("10.0.0.3"), ipsecPeers());
    }

    @Test
    void portsMustMatchToo() {
        clear("clear crypto session remote 10.0.0.3 port 4500");
        clear("clear crypto session local 10.0.0.1 port 4500");
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), ikePeers());
        clear("clear crypto session local 10.0.0.1 port 500 remote 10.0.0.3 port 500");
        assertEquals(List.of("10.0.0.2"), ikePeers());
        assertEquals(List.of("10.0.0.2"), ipsecPeers());
    }

    @Test
    void otherLocalAddressOrAVrfClearsNothing() {
        clear("clear crypto session local 10.0.0.9");
        clear("clear crypto session fvrf red");
        clear("clear crypto session ivrf blue");
        clear("clear crypto session fvrf red ivrf blue");
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), ikePeers());
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), ipsecPeers());
    }

    @Test
    void localAddressAloneClearsEverySessionFromIt() {
        clear("clear crypto session local 10.0.0.1");
        assertEquals(List.of(), ikePeers());
        assertEquals(List.of(), ipsecPeers());
    }

    @Test
    void bareClearRemovesAllAndTrafficRenegotiates() {
        clear("clear crypto session");
        assertEquals(List.of(), ikePeers());
        assertEquals(List.of(), ipsecPeers());
        String ping = d.type("ping 192.168.2.1 source Loopback0");
        assertTrue(ping.contains(".!!!!"), ping);
        assertEquals(List.of("10.0.0.2"), ikePeers());
    }

    @Test
    void isakmpByConnIdKeepsTheIpsecSas() {
        int connId = snapshot().ikeSas().stream().filter(s -> IsakmpSaRenderer.remote(s).toString().equals("10.0.0.3"))
                .findFirst().orElseThrow().connId();
        clear("clear crypto isakmp " + connId);
        assertEquals(List.of("10.0.0.2"), ikePeers());
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), ipsecPeers());
        clear("clear crypto isakmp");
        assertEquals(List.of(), ikePeers());
    }

    @Test
    void saByPeerOrMapKeepsTheIkeSas() {
        clear("clear crypto sa peer 10.0.0.2");
        assertEquals(List.of("10.0.0.3"), ipsecPeers());
        clear("clear crypto sa map other");
        assertEquals(List.of("10.0.0.3"), ipsecPeers());
        clear("clear crypto sa map vpn");
        assertEquals(List.of(), ipsecPeers());
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), ikePeers());
    }
}
