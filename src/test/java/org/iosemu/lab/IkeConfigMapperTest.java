package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.DpdMode;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.NatTransparency;
import org.iosemu.ike.config.PortRange;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.SaIdleTimer;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.TrafficSelector;
import org.iosemu.ike.config.TrafficSelector.Rule;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.PeerProfiles;
import org.junit.jupiter.api.Test;

/** The engine configuration derived from what was typed at the CLI. */
class IkeConfigMapperTest {

    private static Ipv4 ip(String s) {
        return Ipv4.parse(s);
    }

    @Test
    void mapsEverythingTheEngineNegotiates() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal",
                "crypto isakmp policy 20", "encryption aes 256", "hash sha256", "authentication pre-share", "group 14",
                "lifetime 3600",
                "crypto isakmp policy 30", "encryption 3des", "authentication rsa-sig",
                "crypto isakmp key k1 address 10.2.80.209 255.255.255.0",
                "crypto isakmp key k2 address 192.0.2.7",
                "crypto isakmp keepalive 30 20",
                "crypto ipsec transform-set ts esp-aes 192 esp-md5-hmac", "mode transport",
                "crypto ipsec transform-set ah ah-sha-hmac",
                "access-list 110 remark protected",
                "access-list 110 permit icmp host 10.1.1.1 10.2.0.0 0.0.255.255",
                "access-list 110 deny ip any host 10.2.0.9",
                "access-list 110 permit gre host 10.1.1.1 host 10.2.0.1",
                "crypto map m 10 ipsec-isakmp", "set peer 10.0.0.1", "set peer 10.0.0.2 default",
                "set transform-set ah ts", "match address 110", "set pfs group5",
                "set security-association lifetime seconds 900",
                "crypto map m 20 ipsec-isakmp", "set peer 10.0.0.3",
                "interface FastEthernet0", "ip address 10.1.32.14 255.255.255.0", "crypto map m", "no shutdown", "end");
        IkeConfig c = IkeConfigMapper.map(d.lab.router("R1").context().config().current());
        assertEquals(List.of(new IkeProposal(20, IkeEncryption.AES256, Phase1Hash.SHA256, 14, 3600)), c.policies(),
                "the rsa-sig policy cannot be negotiated with pre-shared keys");
        assertEquals(List.of(new PreSharedKey("k1", ip("10.2.80.209"), ip("255.255.255.0")),
                new PreSharedKey("k2", ip("192.0.2.7"), ip("255.255.255.255"))), c.keys());
        assertEquals(Optional.of(new DpdSettings(30, 20, DpdMode.ON_DEMAND)), c.keepalive());
        assertEquals(List.of(new ChildPolicy("m", 10,
                List.of(new PeerCandidate(ip("10.0.0.1"), false), new PeerCandidate(ip("10.0.0.2"), true)),
                List.of(new EspTransform("ts", EspCipher.AES192, EspAuth.MD5, EspMode.TRANSPORT)),
                new TrafficSelector(List.of(
                        Rule.permit(new ProxyIdentity(ip("10.1.1.1"), ip("255.255.255.255"), ip("10.2.0.0"), ip("255.255.0.0"), 1)),
                        Rule.deny(new ProxyIdentity(ip("0.0.0.0"), ip("0.0.0.0"), ip("10.2.0.9"), ip("255.255.255.255"), 0)),
                        Rule.permit(new ProxyIdentity(ip("10.1.1.1"), ip("255.255.255.255"), ip("10.2.0.1"), ip("255.255.255.255"), 47)))),
                5, 900, 4_608_000, ip("10.1.32.14"))), c.cryptoMaps(),
                "entry 20 is incomplete; the AH set is not negotiable; the deny line keeps its place");
        assertEquals(List.of(new ProxyIdentity(ip("10.1.1.1"), ip("255.255.255.255"), ip("10.2.0.0"), ip("255.255.0.0"), 1),
                new ProxyIdentity(ip("10.1.1.1"), ip("255.255.255.255"), ip("10.2.0.1"), ip("255.255.255.255"), 47)),
                c.cryptoMaps().get(0).proxies(), "deny lines are not proxy identities");
    }

    @Test
    void mapsOnShutdownInterfacesAreNotActive() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        assertEquals(1, IkeConfigMapper.map(d.lab.router("R1").context().config().current()).cryptoMaps().size());
        d.type("enable", "configure terminal", "interface FastEthernet0", "shutdown", "end");
        assertEquals(List.of(), IkeConfigMapper.map(d.lab.router("R1").context().config().current()).cryptoMaps());
        assertEquals("R1#ping 10.2.80.209 repeat 1\nType escape sequence to abort.\n"
                + "Sending 1, 100-byte ICMP Echos to 10.2.80.209, timeout is 2 seconds:\n.\nSuccess rate is 0 percent (0/1)\n",
                d.type("ping 10.2.80.209 repeat 1").lines().filter(l -> !l.startsWith("*Mar")).map(l -> l + "\n")
                        .collect(java.util.stream.Collectors.joining()));
    }

    private static final String[] SITE = {
        "crypto isakmp policy 1", " encryption aes", " hash sha256", " authentication pre-share", " group 14", " exit",
        "crypto isakmp key kd94j1ksldz address 10.99.0.1",
        "crypto ipsec transform-set ts esp-aes esp-sha256-hmac", " exit",
        "access-list 101 permit ip 10.99.2.0 0.0.0.255 10.99.1.0 0.0.0.255",
        "crypto map vpn 10 ipsec-isakmp", " set peer 10.99.0.1", " set transform-set ts", " match address 101", " exit",
        "interface FastEthernet0/0", " ip address 10.99.0.2 255.255.255.0", " crypto map vpn", " no shutdown", " exit"};

    private static IkeConfig typed(LabDriver d, String... lines) {
        d.type(lines);
        return IkeConfigMapper.map(d.lab.router("R1").context().config().current());
    }

    @Test
    void natTransparencySwitchAndKeepalive() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal");
        assertEquals(NatTransparency.DEFAULT, typed(d, SITE).natTransparency());
        assertEquals(new NatTransparency(false, 20),
                typed(d, "crypto isakmp nat keepalive 20", "no crypto ipsec nat-transparency udp-encapsulation").natTransparency());
        assertEquals(NatTransparency.DEFAULT,
                typed(d, "crypto ipsec nat-transparency udp-encapsulation", "no crypto isakmp nat keepalive").natTransparency());
    }

    @Test
    void matchAddressResolvesANamedListWithItsDenyLinesAndPorts() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal");
        typed(d, SITE);
        IkeConfig c = typed(d, "ip access-list extended VPN", " remark the admin host stays in clear",
                " deny ip host 10.99.2.9 any", " permit ip 10.99.2.0 0.0.0.255 10.99.1.0 0.0.0.255",
                " permit udp host 10.99.2.1 any eq 53", " deny tcp any any range 20 21", " exit",
                "crypto map vpn 10 ipsec-isakmp", " match address VPN", " exit");
        ProxyIdentity lan = new ProxyIdentity(ip("10.99.2.0"), ip("255.255.255.0"), ip("10.99.1.0"), ip("255.255.255.0"), 0);
        ProxyIdentity dns = new ProxyIdentity(ip("10.99.2.1"), ip("255.255.255.255"), Ipv4.ANY, Ipv4.ANY, 17);
        assertEquals(new TrafficSelector(List.of(
                Rule.deny(new ProxyIdentity(ip("10.99.2.9"), ip("255.255.255.255"), Ipv4.ANY, Ipv4.ANY, 0)),
                Rule.permit(lan),
                new Rule(true, dns, PortRange.ANY, PortRange.exactly(53)),
                new Rule(false, new ProxyIdentity(Ipv4.ANY, Ipv4.ANY, Ipv4.ANY, Ipv4.ANY, 6), PortRange.ANY,
                        new PortRange(20, 21, false)))),
                c.cryptoMaps().get(0).traffic());
        assertEquals(List.of(lan, dns), c.cryptoMaps().get(0).proxies());

        assertTrue(typed(d, "no ip access-list extended VPN").cryptoMaps().isEmpty(), "a missing list leaves the entry unused");
        assertEquals(1, typed(d, "ip access-list extended VPN", " permit ip 10.99.2.0 0.0.0.255 10.99.1.0 0.0.0.255", " exit")
                .cryptoMaps().size(), "defined again: used again");
    }

    @Test
    void aListOfDenyLinesOnlyProtectsNothing() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal");
        typed(d, SITE);
        assertTrue(typed(d, "ip access-list extended NONE", " deny ip any any", " exit",
                "crypto map vpn 10 ipsec-isakmp", " match address NONE", " exit").cryptoMaps().isEmpty());
    }

    @Test
    void anEntryWithoutMatchAddressIsNotUsed() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal");
        assertEquals(1, typed(d, SITE).cryptoMaps().size());
        assertTrue(typed(d, "crypto map vpn 10 ipsec-isakmp", " no match address 101", " exit").cryptoMaps().isEmpty());
    }

    @Test
    void replayWindowAndIdleTimeComeFromTheEntryElseTheGlobalSetting() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal",
                "crypto ipsec security-association replay window-size 1024",
                "crypto ipsec security-association idle-time 600",
                "crypto ipsec transform-set ts esp-3des esp-sha-hmac",
                "access-list 101 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255",
                "crypto map m 10 ipsec-isakmp", "set peer 10.0.0.1", "set transform-set ts", "match address 101",
                "crypto map m 20 ipsec-isakmp", "set peer 10.0.0.2", "set transform-set ts", "match address 101",
                "set security-association replay disable", "set security-association idle-time 120 default",
                "interface FastEthernet0", "ip address 10.1.32.14 255.255.255.0", "crypto map m", "no shutdown", "end");
        List<ChildPolicy> entries = IkeConfigMapper.map(d.lab.router("R1").context().config().current()).cryptoMaps();
        assertEquals(List.of(1024, 0), entries.stream().map(ChildPolicy::replayWindow).toList());
        assertEquals(List.of(new SaIdleTimer(600, false), new SaIdleTimer(120, true)),
                entries.stream().map(ChildPolicy::idleTimer).toList());
    }

    @Test
    void keyringKeysJoinTheKeysAndTheMostSpecificWins() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal",
                "crypto isakmp key global-any address 0.0.0.0",
                "crypto keyring KR",
                "pre-shared-key address 10.2.0.0 255.255.0.0 key site-net",
                "pre-shared-key address 10.2.80.209 key host-key",
                "pre-shared-key hostname r2.example.com key by-name",
                "pre-shared-key address 10.3.3.3 key 6 FLgBaJHXdYY_AcHZZMgQ_RhTDJXHUBAAB",
                "end");
        IkeConfig c = IkeConfigMapper.map(d.lab.router("R1").context().config().current());
        PeerProfiles peers = PeerProfiles.of(c);
        assertEquals(Optional.of("host-key"), peers.forAddress(ip("10.2.80.209")).map(PeerProfile::preSharedKey));
        assertEquals(Optional.of("site-net"), peers.forAddress(ip("10.2.1.1")).map(PeerProfile::preSharedKey));
        // `address 0.0.0.0` without a mask is the wildcard key, as on IOS; a type 6 key cannot be decrypted
        assertEquals(Optional.of("global-any"), peers.forAddress(ip("10.3.3.3")).map(PeerProfile::preSharedKey));
        assertEquals(3, c.keys().size(), "hostname and type 6 keys are not usable by address: " + c.keys());
    }

    @Test
    void profileKeepaliveCoversItsMatchedPeersAndTheMapPeersThatNameIt() {
        LabDriver d = new LabDriver(Map.of("R1", "hostname R1\n"));
        d.type("enable", "configure terminal",
                "crypto isakmp keepalive 30 5 periodic",
                "crypto keyring KR", "pre-shared-key address 10.2.0.0 255.255.0.0 key k1",
                "pre-shared-key address 192.0.2.1 key k2", "exit",
                "crypto isakmp profile SITES",
                "match identity address 10.2.0.0 255.255.0.0",
                "keepalive 10 retry 3",
                "crypto isakmp profile INCOMPLETE",
                "keepalive 20 retry 4",
                "crypto ipsec transform-set ts esp-aes esp-sha-hmac",
                "crypto map m 10 ipsec-isakmp", "set peer 192.0.2.1", "set transform-set ts",
                "set isakmp-profile SITES",
                "end");
        IkeConfig c = IkeConfigMapper.map(d.lab.router("R1").context().config().current());
        DpdSettings profile = new DpdSettings(10, 3, DpdMode.PERIODIC);
        PeerProfiles peers = PeerProfiles.of(c);
        assertEquals(Optional.of(profile), peers.forAddress(ip("10.2.7.7")).flatMap(PeerProfile::keepalive));
        assertEquals(Optional.of("k1"), peers.forAddress(ip("10.2.7.7")).map(PeerProfile::preSharedKey));
        assertEquals(Optional.of(profile), peers.forAddress(ip("192.0.2.1")).flatMap(PeerProfile::keepalive));
        assertEquals(Optional.of("k2"), peers.forAddress(ip("192.0.2.1")).map(PeerProfile::preSharedKey));
        assertEquals(Optional.of(new DpdSettings(30, 5, DpdMode.PERIODIC)), c.keepalive());
        assertEquals(Optional.empty(), peers.forAddress(ip("10.9.9.9")).flatMap(PeerProfile::keepalive),
                "other peers, and an incomplete profile's, keep the global keepalive");
    }
}
