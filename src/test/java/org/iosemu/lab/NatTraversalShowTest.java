package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.ProxyIdentity;
import org.junit.jupiter.api.Test;

/**
 * The show commands of a router whose tunnel floated to UDP 4500 (REFERENCE 2.4, 3.2-3.4): the engine
 * snapshot of such a tunnel, rendered against the site-to-site sample's R1 configuration.
 */
class NatTraversalShowTest {

    private static final Ipv4 LOCAL = Ipv4.parse("10.1.32.14");
    private static final Ipv4 PEER = Ipv4.parse("10.2.80.209");

    private final RunningConfig config = LabDriver.ofSamples("site-to-site-periodic-dpd").lab.router("R1").context().config().current();

    private static IkeSnapshot snapshot(boolean natT) {
        int port = natT ? 4500 : 500;
        IkeSnapshot.IkeSa ike = new IkeSnapshot.IkeSa(PEER, LOCAL, port, port, "QM_IDLE", 1001, "ACTIVE", true, "AES", 128,
                "SHA", "PSK", 2, 86400, 86000, natT ? "DN" : "D");
        ProxyIdentity proxy = new ProxyIdentity(Ipv4.parse("10.1.1.0"), Ipv4.parse("255.255.255.0"), Ipv4.parse("10.2.2.0"),
                Ipv4.parse("255.255.255.0"), 0);
        IkeSnapshot.IpsecSa sa = new IkeSnapshot.IpsecSa("test", 1, LOCAL, PEER, port, proxy, 0x1234, 0x5678,
                "esp-aes esp-sha-hmac", EspMode.TUNNEL, 0, 4, 4, 4, 4, 4, 4, 3500, 4_607_999, 2001, natT);
        return new IkeSnapshot(List.of(ike), List.of(sa), List.of(new IkeSnapshot.CurrentPeer("test", 1, PEER)));
    }

    private List<String> ipsecSa(IkeSnapshot s) {
        return IpsecSaRenderer.render(CryptoBindings.of(config, s), s, Optional.empty());
    }

    @Test
    void ipsecSaShowsThePeerPortAndUdpEncapsulation() {
        List<String> lines = ipsecSa(snapshot(true));
        assertTrue(lines.contains("   current_peer 10.2.80.209 port 4500"), String.join("\n", lines));
        assertEquals(2, lines.stream().filter("        in use settings ={Tunnel UDP-Encaps, }"::equals).count(),
                "inbound and outbound SA");
        List<String> plain = ipsecSa(snapshot(false));
        assertTrue(plain.contains("   current_peer 10.2.80.209 port 500"));
        assertEquals(2, plain.stream().filter("        in use settings ={Tunnel, }"::equals).count());
    }

    @Test
    void isakmpSaDetailShowsNatTraversalCapability() {
        String row = IsakmpSaRenderer.detail(snapshot(true)).stream().filter(l -> l.startsWith("1001")).findFirst().orElseThrow();
        assertTrue(row.matches(".* \\d\\d:\\d\\d:\\d\\d DN\\s*"), row);
    }

    @Test
    void sessionShowsThePortsOfTheFloatedSa() {
        List<CryptoBindings.Binding> b = CryptoBindings.of(config, snapshot(true));
        List<String> brief = SessionRenderer.brief(b);
        assertTrue(brief.contains("Peer: 10.2.80.209 port 4500"), String.join("\n", brief));
        assertTrue(brief.contains("  IKEv1 SA: local 10.1.32.14/4500 remote 10.2.80.209/4500 Active"), String.join("\n", brief));
        List<String> detail = SessionRenderer.detail(b, id -> OptionalLong.of(60));
        assertTrue(detail.contains("Peer: 10.2.80.209 port 4500 fvrf: (none) ivrf: (none)"), String.join("\n", detail));
        assertTrue(detail.contains("  IKEv1 SA: local 10.1.32.14/4500 remote 10.2.80.209/4500 Active"));
        assertTrue(detail.stream().anyMatch(l -> l.startsWith("          Capabilities:DN connid:1001 ")), String.join("\n", detail));
    }
}
