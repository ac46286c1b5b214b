package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.junit.jupiter.api.Test;

class RenderingTest {

    @Test
    void isakmpKeyAddressIsPaddedTo15Columns() {
        assertEquals("crypto isakmp key cisco address 52.0.0.18      ",
                IsakmpKey.forAddress("cisco", "52.0.0.18", Optional.empty(), false).render());
        assertEquals("crypto isakmp key k address 10.2.80.209     255.255.255.0 no-xauth",
                IsakmpKey.forAddress("k", "10.2.80.209", Optional.of("255.255.255.0"), true).render());
    }

    @Test
    void keepaliveHidesDefaultRetryAndOnDemand() {
        assertEquals("crypto isakmp keepalive 10 periodic", new Keepalive(10, 2, true).render());
        assertEquals("crypto isakmp keepalive 30 20 periodic", new Keepalive(30, 20, true).render());
        assertEquals("crypto isakmp keepalive 10 10", new Keepalive(10, 10, false).render());
    }

    @Test
    void policyDefaultsAreNotWritten() {
        assertEquals(List.of("crypto isakmp policy 5"), IsakmpPolicy.withDefaults(5).render());
        assertEquals(List.of("crypto isakmp policy 1", " encr aes 256", " hash md5", " authentication pre-share",
                        " group 14", " lifetime 3600"),
                IsakmpPolicy.withDefaults(1).withEncryption(IkeCipher.AES_256).withHash(IkeHash.MD5)
                        .withAuthentication(IkeAuthMethod.PRE_SHARE).withGroup(14).withLifetime(3600).render());
    }

    @Test
    void transformSetAndMapKeepIosTrailingBlanks() {
        TransformSet ts = new TransformSet("TS", List.of(new Transform(TransformKind.ESP_AES, 0),
                new Transform(TransformKind.ESP_SHA_HMAC, 0)), true);
        assertEquals(List.of("crypto ipsec transform-set TS esp-aes esp-sha-hmac ", " mode tunnel"), ts.render());
        CryptoMapEntry e = CryptoMapEntry.empty("M", 10, false)
                .withPeers(List.of(new MapPeer("1.1.1.1", false, false, false), new MapPeer("2.2.2.2", false, false, true)))
                .withTransformSets(List.of("TS")).withMatchAddress(Optional.of("101")).withPfsGroup(Optional.of(2))
                .withLifetime(Optional.of(1800), Optional.empty());
        assertEquals(List.of("crypto map M 10 ipsec-isakmp ", " set peer 1.1.1.1", " set peer 2.2.2.2 default",
                " set security-association lifetime seconds 1800", " set transform-set TS ", " set pfs group2",
                " match address 101"), e.render());
    }

    @Test
    void byteCountIsTheLengthOfTheBody() {
        RunningConfig rc = RunningConfig.factoryDefault(List.of(new InterfaceName(InterfaceType.FAST_ETHERNET, "0")), true);
        List<String> body = RunningConfigRenderer.body(rc, ConfigTimes.NONE);
        List<String> show = RunningConfigRenderer.showRunning(rc, ConfigTimes.NONE);
        int bytes = String.join("\n", body).length() + 1;
        assertEquals("Current configuration : " + bytes + " bytes", show.get(2));
        assertEquals("!", body.get(0));
        assertEquals("end", body.get(body.size() - 1));
        assertTrue(body.contains("service timestamps debug datetime msec"));
    }

    @Test
    void interfaceNamesCanonicaliseAndSortLikeIos() {
        assertEquals("FastEthernet0/1", InterfaceName.parse("fa0/1").orElseThrow().canonical());
        assertEquals("GigabitEthernet0/0", InterfaceName.parse("gi 0/0").orElseThrow().canonical());
        assertEquals("Loopback0", InterfaceName.parse("lo0").orElseThrow().canonical());
        List<InterfaceName> sorted = List.of(InterfaceName.parse("Fa0/10").orElseThrow(), InterfaceName.parse("Fa0/2").orElseThrow(),
                InterfaceName.parse("Lo1").orElseThrow()).stream().sorted().toList();
        assertEquals(List.of("Loopback1", "FastEthernet0/2", "FastEthernet0/10"),
                sorted.stream().map(InterfaceName::canonical).toList());
    }
}
