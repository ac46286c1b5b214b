package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Invalid SPI recovery (`crypto isakmp invalid-spi-recovery`, one of the guide's IPsec features): R2 reboots and
 * loses its SAs while R1, without DPD, keeps encrypting with the old ones. Without recovery R2 only logs the
 * invalid SPI and the traffic is lost; with it R2 sets up an IKE SA with R1 (whose INITIAL_CONTACT clears R1's
 * stale SAs) and reports the SPI, so R1's next packets negotiate fresh SAs.
 */
class InvalidSpiRecoveryTest {

    private static String router(String name, String self, String peer, String lan, String peerLan, String extra) {
        return "hostname " + name + "\n"
                + "crypto isakmp policy 1\n encryption 3des\n authentication pre-share\n group 2\n"
                + "crypto isakmp key k3y address " + peer + "\n"
                + extra
                + "crypto ipsec transform-set ts esp-3des esp-sha-hmac\n"
                + "crypto map test 10 ipsec-isakmp\n set peer " + peer + "\n set transform-set ts\n match address 101\n"
                + "interface Loopback0\n ip address " + lan + ".1 255.255.255.0\n"
                + "interface FastEthernet0\n ip address " + self + " 255.255.255.0\n crypto map test\n"
                + "ip route 0.0.0.0 0.0.0.0 " + self.substring(0, self.lastIndexOf('.')) + ".1\n"
                + "access-list 101 permit ip " + lan + ".0 0.0.0.255 " + peerLan + ".0 0.0.0.255\n";
    }

    private static LabDriver lab(String r2Extra) {
        return new LabDriver(Map.of(
                "R1", router("R1", "10.1.32.14", "10.2.80.209", "10.1.1", "10.2.2", ""),
                "R2", router("R2", "10.2.80.209", "10.1.32.14", "10.2.2", "10.1.1", r2Extra)));
    }

    private static String rebootR2ThenPing(LabDriver d) {
        d.type("enable");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains(".!!!!"), "tunnel up");
        d.type("lab router R2 down", "lab router R2 up", "lab wait 5");
        return d.type("ping 10.2.2.1 source Loopback0");
    }

    @Test
    void withoutRecoveryTheStaleSaBlackholesTheTraffic() {
        LabDriver d = lab("");
        String ping = rebootR2ThenPing(d);
        assertTrue(ping.contains(".....\nSuccess rate is 0 percent (0/5)"), ping);
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("Success rate is 0 percent"), "still lost");
        assertTrue(!d.times("R2", "%CRYPTO-4-RECVD_PKT_INV_SPI").isEmpty(), "R2 logs what it cannot open");
    }

    @Test
    void withRecoveryTheNextPacketsNegotiateFreshSas() {
        LabDriver d = lab("crypto isakmp invalid-spi-recovery\n");
        String first = rebootR2ThenPing(d);
        assertTrue(first.contains("Success rate is"), first);
        String second = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(second.contains("!!!!!\nSuccess rate is 100 percent (5/5)"), "recovered: " + first + second);
    }
}
