package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.ike.config.CryptoMapEntry;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.IkeHash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IsakmpPolicy;
import org.iosemu.ike.config.Keepalive;
import org.iosemu.ike.config.KeepaliveMode;
import org.iosemu.ike.config.MapPeer;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.TransformSet;
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
        assertEquals(List.of(new IsakmpPolicy(20, IkeEncryption.AES256, IkeHash.SHA256, 14, 3600)), c.policies(),
                "the rsa-sig policy cannot be negotiated with pre-shared keys");
        assertEquals(List.of(new PreSharedKey("k1", ip("10.2.80.209"), ip("255.255.255.0")),
                new PreSharedKey("k2", ip("192.0.2.7"), ip("255.255.255.255"))), c.keys());
        assertEquals(Optional.of(new Keepalive(30, 20, KeepaliveMode.ON_DEMAND)), c.keepalive());
        assertEquals(List.of(new CryptoMapEntry("m", 10,
                List.of(new MapPeer(ip("10.0.0.1"), false), new MapPeer(ip("10.0.0.2"), true)),
                List.of(new TransformSet("ts", EspCipher.AES192, EspAuth.MD5, EspMode.TRANSPORT)),
                List.of(new ProxyIdentity(ip("10.1.1.1"), ip("255.255.255.255"), ip("10.2.0.0"), ip("255.255.0.0"), 1),
                        new ProxyIdentity(ip("10.1.1.1"), ip("255.255.255.255"), ip("10.2.0.1"), ip("255.255.255.255"), 47)),
                5, 900, 4_608_000, ip("10.1.32.14"))), c.cryptoMaps(),
                "entry 20 is incomplete; the AH set is not negotiable; deny lines are not proxies");
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
}
