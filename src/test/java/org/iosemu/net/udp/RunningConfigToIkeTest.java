package org.iosemu.net.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.ike.config.CryptoMapEntry;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.KeepaliveMode;
import org.iosemu.ike.config.NatTransparency;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** IOS commands typed into a session end up as the engine configuration, NAT-T switches included. */
class RunningConfigToIkeTest {
    private final RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
            new StandaloneRouterServices(), new Random(1));
    private final IosSession session = new IosSession(router);

    private IkeConfig type(String... lines) {
        for (String l : List.of("enable", "configure terminal")) {
            session.submit(l, s -> { });
        }
        for (String l : lines) {
            StringBuilder out = new StringBuilder();
            LineOutcome o = session.submit(l, out::append);
            assertFalse(o.rejected(), l + ": " + out);
        }
        return RunningConfigToIke.map(router.config().current());
    }

    private static final String[] SITE = {
        "crypto isakmp policy 1", " encryption aes", " hash sha256", " authentication pre-share", " group 14", " exit",
        "crypto isakmp policy 5", " exit", // rsa-sig default: not usable by the engine
        "crypto isakmp key kd94j1ksldz address 10.99.0.1",
        "crypto isakmp keepalive 10 periodic",
        "crypto ipsec transform-set ts esp-aes esp-sha256-hmac", " exit",
        "access-list 101 permit ip 10.99.2.0 0.0.0.255 10.99.1.0 0.0.0.255",
        "crypto map vpn 10 ipsec-isakmp", " set peer 10.99.0.1", " set peer 10.99.0.3", " set transform-set ts", " match address 101", " exit",
        "interface FastEthernet0/0", " ip address 10.99.0.2 255.255.255.0", " crypto map vpn", " no shutdown", " exit"};

    @Test
    void siteToSiteExampleMaps() {
        IkeConfig c = type(SITE);
        assertEquals(1, c.policies().size());
        assertEquals(IkeEncryption.AES128, c.policies().get(0).encryption());
        assertEquals(14, c.policies().get(0).group());
        assertEquals("kd94j1ksldz", c.keyFor(Ipv4.parse("10.99.0.1")).orElseThrow().key());
        assertTrue(c.keyFor(Ipv4.parse("10.99.0.9")).isEmpty());
        assertEquals(KeepaliveMode.PERIODIC, c.keepalive().orElseThrow().mode());
        CryptoMapEntry e = c.cryptoMaps().get(0);
        assertEquals(Ipv4.parse("10.99.0.2"), e.localAddress());
        assertEquals(List.of(Ipv4.parse("10.99.0.1"), Ipv4.parse("10.99.0.3")), e.peers().stream().map(p -> p.address()).toList());
        assertEquals(EspCipher.AES128, e.transformSets().get(0).cipher());
        assertTrue(e.proxies().get(0).matches(Ipv4.parse("10.99.2.1"), Ipv4.parse("10.99.1.1"), 1));
        assertFalse(e.proxies().get(0).matches(Ipv4.parse("10.99.3.1"), Ipv4.parse("10.99.1.1"), 1));
        assertEquals(NatTransparency.DEFAULT, c.natTransparency());
    }

    @Test
    void natTransparencySwitchAndKeepalive() {
        type(SITE);
        IkeConfig c = type("crypto isakmp nat keepalive 20", "no crypto ipsec nat-transparency udp-encapsulation");
        assertEquals(new NatTransparency(false, 20), c.natTransparency());
        c = type("crypto ipsec nat-transparency udp-encapsulation", "no crypto isakmp nat keepalive");
        assertEquals(NatTransparency.DEFAULT, c.natTransparency());
    }

    @Test
    void aMapOnAShutInterfaceOrWithoutAclIsNotUsed() {
        type(SITE);
        assertTrue(type("interface FastEthernet0/0", " shutdown", " exit").cryptoMaps().isEmpty());
        assertEquals(1, type("interface FastEthernet0/0", " no shutdown", " exit").cryptoMaps().size());
        assertTrue(type("crypto map vpn 10 ipsec-isakmp", " no match address 101", " exit").cryptoMaps().isEmpty());
    }
}
