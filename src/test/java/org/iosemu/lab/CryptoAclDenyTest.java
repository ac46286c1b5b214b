package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.config.Ipv4;
import org.junit.jupiter.api.Test;

/**
 * Crypto ACL deny lines as IOS applies them, with named lists: the first matching line of a map entry's list
 * decides; deny means "not with this entry", so the next entry of the map is tried, and a packet no entry
 * protects goes in clear. R2 owns 10.2.2.1 (Loopback0) and 10.2.3.1 (Loopback1); R1's list denies 10.2.3.1
 * before permitting 10.2.0.0/16.
 */
class CryptoAclDenyTest {

    private static final String HEADER = "Type escape sequence to abort.\n"
            + "Sending 5, 100-byte ICMP Echos to %s, timeout is 2 seconds:\n"
            + "Packet sent with a source address of 10.1.1.1 \n";

    private static String router(String name, String key, String self, String peer, String lists, String maps,
                                 String loopbacks) {
        return "hostname " + name + "\n"
                + "crypto isakmp policy 1\n encryption 3des\n authentication pre-share\n group 2\n"
                + "crypto isakmp key " + key + " address " + peer + "\n"
                + "crypto ipsec transform-set ts esp-3des esp-sha-hmac\n"
                + maps
                + loopbacks
                + "interface FastEthernet0\n ip address " + self + " 255.255.255.0\n crypto map test\n"
                + "ip route 0.0.0.0 0.0.0.0 " + self.substring(0, self.lastIndexOf('.')) + ".1\n"
                + lists;
    }

    /** R2 mirrors R1's list, so its replies from 10.2.3.1 go in clear too. */
    private static LabDriver lab(String r1Maps, String r1Lists, String r2Lists) {
        return new LabDriver(Map.of(
                "R1", router("R1", "k3y", "10.1.32.14", "10.2.80.209", r1Lists, r1Maps,
                        "interface Loopback0\n ip address 10.1.1.1 255.255.255.0\n"),
                "R2", router("R2", "k3y", "10.2.80.209", "10.1.32.14", r2Lists,
                        "crypto map test 10 ipsec-isakmp\n set peer 10.1.32.14\n set transform-set ts\n match address HQ\n",
                        "interface Loopback0\n ip address 10.2.2.1 255.255.255.0\n"
                                + "interface Loopback1\n ip address 10.2.3.1 255.255.255.0\n")));
    }

    private static final String R1_ONE_ENTRY = "crypto map test 10 ipsec-isakmp\n set peer 10.2.80.209\n"
            + " set transform-set ts\n match address BRANCH\n";
    private static final String R1_BRANCH = "ip access-list extended BRANCH\n"
            + " remark the lab host 10.2.3.1 is reached in clear\n"
            + " deny ip 10.1.1.0 0.0.0.255 host 10.2.3.1\n"
            + " permit ip 10.1.1.0 0.0.0.255 10.2.0.0 0.0.255.255\n";

    @Test
    void aDeniedHostIsReachedInClearWhileAPermittedHostGoesThroughTheTunnel() {
        LabDriver d = lab(R1_ONE_ENTRY, R1_BRANCH, "ip access-list extended HQ\n deny ip host 10.2.3.1 10.1.1.0 0.0.0.255\n"
                + " permit ip 10.2.0.0 0.0.255.255 10.1.1.0 0.0.0.255\n");
        d.type("enable");
        assertEquals("R1#ping 10.2.3.1 source Loopback0\n" + HEADER.formatted("10.2.3.1")
                + "!!!!!\nSuccess rate is 100 percent (5/5), round-trip min/avg/max = 2/2/2 ms\n",
                d.type("ping 10.2.3.1 source Loopback0"));
        assertTrue(d.lab.router("R1").engine().snapshot().ikeSas().isEmpty(), "denied traffic starts no IKE");

        String tunnel = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(tunnel.contains("Crypto tunnel is UP") && tunnel.contains(".!!!!\nSuccess rate is 80 percent (4/5)"), tunnel);
        assertEquals("R1#ping 10.2.3.1 source Loopback0\n" + HEADER.formatted("10.2.3.1")
                + "!!!!!\nSuccess rate is 100 percent (5/5), round-trip min/avg/max = 2/2/2 ms\n",
                d.type("ping 10.2.3.1 source Loopback0"), "still in clear with the tunnel up");
        String sa = d.type("show crypto ipsec sa");
        assertTrue(sa.contains("    #pkts encaps: 4, #pkts encrypt: 4, #pkts digest: 4\n"
                + "    #pkts decaps: 4, #pkts decrypt: 4, #pkts verify: 4\n"), "only the permitted host's echoes: " + sa);
        assertEquals(List.of(10), sas(d).stream().map(IkeSnapshot.IpsecSa::seq).distinct().toList());
    }

    @Test
    void aDenyLineHandsThePacketToTheNextEntryOfTheMap() {
        String twoEntries = R1_ONE_ENTRY + "crypto map test 20 ipsec-isakmp\n set peer 10.2.80.209\n"
                + " set transform-set ts\n match address LAB\n";
        String lists = R1_BRANCH + "ip access-list extended LAB\n permit ip 10.1.1.0 0.0.0.255 host 10.2.3.1\n";
        LabDriver d = lab(twoEntries, lists, "ip access-list extended HQ\n permit ip 10.2.0.0 0.0.255.255 10.1.1.0 0.0.0.255\n");
        d.type("enable");
        String out = d.type("ping 10.2.3.1 source Loopback0");
        assertTrue(out.contains(".!!!!\nSuccess rate is 80 percent (4/5)"), "protected, by entry 20: " + out);
        List<IkeSnapshot.IpsecSa> sas = sas(d);
        assertEquals(List.of(20), sas.stream().map(IkeSnapshot.IpsecSa::seq).distinct().toList(), sas.toString());
        assertEquals(Ipv4.parse("10.2.3.1"), sas.get(0).proxy().dstNet(), "entry 20's permit line is the proxy");

        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains(".!!!!"), "10.2.2.1 is entry 10's");
        assertEquals(List.of(10, 20), sas(d).stream().map(IkeSnapshot.IpsecSa::seq).distinct().sorted().toList());
    }

    private static List<IkeSnapshot.IpsecSa> sas(LabDriver d) {
        return d.lab.router("R1").engine().snapshot().ipsecSas();
    }
}
