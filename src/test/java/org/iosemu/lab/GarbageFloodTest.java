package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.config.Ipv4;
import org.junit.jupiter.api.Test;

/**
 * A flood of garbage at a router on virtual time: 100,000 packets over 100 seconds (ESP with unknown SPIs,
 * IKE messages for no SA, malformed IKE). Each message type is shown at most once a minute, so the console
 * gets a handful of lines, not 100,000; the router still works afterwards.
 */
class GarbageFloodTest {

    private static String router(String name, String self, String peer, String lan, String peerLan) {
        return "hostname " + name + "\n"
                + "crypto isakmp policy 1\n encryption 3des\n authentication pre-share\n group 2\n"
                + "crypto isakmp key k3y address " + peer + "\n"
                + "crypto ipsec transform-set ts esp-3des esp-sha-hmac\n"
                + "crypto map test 10 ipsec-isakmp\n set peer " + peer + "\n set transform-set ts\n match address 101\n"
                + "interface Loopback0\n ip address " + lan + ".1 255.255.255.0\n"
                + "interface FastEthernet0\n ip address " + self + " 255.255.255.0\n crypto map test\n"
                + "ip route 0.0.0.0 0.0.0.0 " + self.substring(0, self.lastIndexOf('.')) + ".1\n"
                + "access-list 101 permit ip " + lan + ".0 0.0.0.255 " + peerLan + ".0 0.0.0.255\n";
    }

    @Test
    void aFloodOfGarbageGivesAFewRateLimitedLinesPerMessageType() {
        LabDriver d = new LabDriver(Map.of(
                "R1", router("R1", "10.1.32.14", "10.2.80.209", "10.1.1", "10.2.2"),
                "R2", router("R2", "10.2.80.209", "10.1.32.14", "10.2.2", "10.1.1")));
        Router r2 = d.lab.router("R2");
        Ipv4 attacker = Ipv4.parse("192.0.2.66");
        Ipv4 self = Ipv4.parse("10.2.80.209");
        Random random = new Random(11);
        int packets = 100_000;
        for (int i = 0; i < packets; i++) {
            byte[] garbage = new byte[8 + random.nextInt(80)];
            random.nextBytes(garbage);
            switch (i % 3) {
                case 0 -> r2.receiveEsp(attacker, self, garbage);
                case 1 -> r2.receiveIke(Endpoint.ike(self), Endpoint.ike(attacker), noSaMessage(garbage));
                default -> r2.receiveIke(Endpoint.ike(self), Endpoint.ike(attacker), garbage);
            }
            if (i % 1000 == 999) {
                d.time.pass(1000);   // 1,000 packets a second
            }
        }
        long noSa = d.times("R2", "%CRYPTO-4-IKMP_NO_SA").size();
        long invalidSpi = d.times("R2", "%CRYPTO-4-RECVD_PKT_INV_SPI").size();
        long bad = d.times("R2", "%CRYPTO-4-IKMP_BAD_MESSAGE").size();
        // 100 seconds: shown at 0 s and at 60 s
        assertEquals(2, noSa, "IKMP_NO_SA lines");
        assertEquals(2, invalidSpi, "RECVD_PKT_INV_SPI lines");
        assertTrue(bad >= 1 && bad <= 2, "IKMP_BAD_MESSAGE lines: " + bad);
        assertTrue(d.log("R2").size() < 10, "console lines in all: " + d.log("R2"));
        List<Long> spiTimes = d.times("R2", "%CRYPTO-4-RECVD_PKT_INV_SPI");
        assertTrue(spiTimes.get(1) - spiTimes.get(0) >= 60_000, "a minute apart: " + spiTimes);

        d.type("enable");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("Success rate is 80 percent (4/5)"),
                "the tunnel still comes up");
    }

    /** A well-formed ISAKMP header for a cookie pair R2 has no SA for, and not a first Main Mode offer. */
    private static byte[] noSaMessage(byte[] random) {
        byte[] m = new byte[28];
        System.arraycopy(random, 0, m, 0, 8);   // initiator cookie
        m[8] = 1;                              // a responder cookie: not an initialization offer
        m[16] = 1;                             // next payload SA
        m[17] = 0x10;                          // version 1.0
        m[18] = 5;                             // informational
        m[27] = 28;                            // length
        return m;
    }
}
