package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.iosemu.ike.IkeSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Crypto access check on clear-text packets (`set ip access-group ACL in|out` on a crypto map entry), one of
 * the guide's IPsec features: the entry still protects the traffic its `match address` permits, but the clear
 * text it would encrypt must pass the `out` list and what it decrypts must pass the `in` list. R2 owns
 * 10.2.2.1 (Loopback0) and 10.2.3.1 (Loopback1); both are inside the tunnel's proxy identities.
 */
class CryptoAccessCheckTest {

    private static String router(String name, String self, String peer, String mapExtra, String lists, String loopbacks) {
        return "hostname " + name + "\n"
                + "crypto isakmp policy 1\n encryption 3des\n authentication pre-share\n group 2\n"
                + "crypto isakmp key k3y address " + peer + "\n"
                + "crypto ipsec transform-set ts esp-3des esp-sha-hmac\n"
                + "crypto map test 10 ipsec-isakmp\n set peer " + peer + "\n set transform-set ts\n match address VPN\n"
                + mapExtra
                + loopbacks
                + "interface FastEthernet0\n ip address " + self + " 255.255.255.0\n crypto map test\n"
                + "ip route 0.0.0.0 0.0.0.0 " + self.substring(0, self.lastIndexOf('.')) + ".1\n"
                + lists;
    }

    private static LabDriver lab(String r1MapExtra, String r1Lists, String r2MapExtra, String r2Lists) {
        return new LabDriver(Map.of(
                "R1", router("R1", "10.1.32.14", "10.2.80.209", r1MapExtra,
                        "ip access-list extended VPN\n permit ip 10.1.1.0 0.0.0.255 10.2.0.0 0.0.255.255\n" + r1Lists,
                        "interface Loopback0\n ip address 10.1.1.1 255.255.255.0\n"),
                "R2", router("R2", "10.2.80.209", "10.1.32.14", r2MapExtra,
                        "ip access-list extended VPN\n permit ip 10.2.0.0 0.0.255.255 10.1.1.0 0.0.0.255\n" + r2Lists,
                        "interface Loopback0\n ip address 10.2.2.1 255.255.255.0\n"
                                + "interface Loopback1\n ip address 10.2.3.1 255.255.255.0\n")));
    }

    @Test
    void theOutboundGroupDropsDeniedClearTextWithoutSendingItInClear() {
        LabDriver d = lab(" set ip access-group ONLY-LO0 out\n",
                "ip access-list extended ONLY-LO0\n permit icmp 10.1.1.0 0.0.0.255 host 10.2.2.1\n", "", "");
        d.type("enable");
        String permitted = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(permitted.contains(".!!!!\nSuccess rate is 80 percent (4/5)"), permitted);
        String denied = d.type("ping 10.2.3.1 source Loopback0");
        assertTrue(denied.contains(".....\nSuccess rate is 0 percent (0/5)"), "denied by the out group: " + denied);
        long r1Encrypted = d.lab.router("R1").engine().snapshot().ipsecSas().stream().mapToLong(IkeSnapshot.IpsecSa::encaps).sum();
        long r2Decrypted = d.lab.router("R2").engine().snapshot().ipsecSas().stream().mapToLong(IkeSnapshot.IpsecSa::decaps).sum();
        assertEquals(4, r1Encrypted, "only the permitted echoes were encrypted");
        assertEquals(4, r2Decrypted, "and nothing else reached R2");
    }

    @Test
    void theInboundGroupDropsDecryptedPacketsItDenies() {
        LabDriver d = lab(" set ip access-group FROM-LO0 in\n",
                "ip access-list extended FROM-LO0\n permit icmp host 10.2.2.1 10.1.1.0 0.0.0.255\n", "", "");
        d.type("enable");
        String permitted = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(permitted.contains(".!!!!\nSuccess rate is 80 percent (4/5)"), permitted);
        String denied = d.type("ping 10.2.3.1 source Loopback0");
        assertTrue(denied.contains(".....\nSuccess rate is 0 percent (0/5)"), "the replies are denied on the way in: " + denied);
        String counters = d.type("show crypto ipsec sa");
        assertTrue(counters.contains("#pkts encaps: 9, #pkts encrypt: 9"), "the requests still went out encrypted: " + counters);
    }

    @Test
    void aGroupNamingAMissingListChecksNothing() {
        LabDriver d = lab(" set ip access-group NOT-DEFINED out\n", "", "", "");
        d.type("enable");
        assertTrue(d.type("ping 10.2.3.1 source Loopback0").contains(".!!!!"), "an undefined list permits");
    }
}
