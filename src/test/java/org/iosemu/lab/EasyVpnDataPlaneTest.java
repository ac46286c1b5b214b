package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Easy VPN remote's data plane on virtual time (lab ezvpn-several-peers: R1 with Loopback0 10.9.9.1 inside,
 * server S1 with split network 10.1.1.0/24): traffic from the inside to the split networks goes through the
 * tunnel, translated to the assigned address in client mode and untranslated in network-extension mode; the
 * rest goes in clear.
 */
class EasyVpnDataPlaneTest {

    private static final Pattern ENCAPS = Pattern.compile("#pkts encaps: (\\d+)");
    private static final Pattern DECAPS = Pattern.compile("#pkts decaps: (\\d+)");

    /** R1 connected to S1 (XAUTH answered), tunnel up. */
    private static LabDriver connected(String... r1Config) {
        LabDriver d = LabDriver.ofSamples("ezvpn-several-peers");
        d.type("enable");
        if (r1Config.length > 0) {
            d.type("configure terminal");
            d.type(r1Config);
            d.type("end");
        }
        d.type("lab wait 5", "crypto ipsec client ezvpn xauth", "ra1", "ra1pwd", "lab wait 2");
        assertTrue(d.type("show crypto ipsec client ezvpn").contains("Current State: IPSEC_ACTIVE"), d.screen.toString());
        return d;
    }

    private static long sum(Pattern p, String text) {
        Matcher m = p.matcher(text);
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    @Test
    void clientModeInsideTrafficToTheSplitNetworkIsTranslatedAndEncryptedOnBothEnds() {
        LabDriver d = connected();
        String ping = d.type("ping 10.1.1.1 source Loopback0");
        assertTrue(ping.contains("!!!!!"), ping);
        String r1 = d.type("show crypto ipsec sa");
        assertTrue(sum(ENCAPS, r1) >= 5 && sum(DECAPS, r1) >= 5, r1);
        String s1 = d.on("S1", "enable", "show crypto ipsec sa");
        assertTrue(sum(ENCAPS, s1) >= 5 && sum(DECAPS, s1) >= 5, s1);
        String nat = d.type("show ip nat translations");
        assertTrue(nat.contains("icmp 192.168.101.1:"), nat);
        assertTrue(nat.contains("10.9.9.1:"), nat);
        String stats = d.type("show ip nat statistics");
        assertTrue(stats.contains("-- Inside Source\n[Id: 1] access-list enterprise-list pool ezvpn-config refcount 1\n"
                + " pool ezvpn-config: netmask 255.255.255.0\n    start 192.168.101.1 end 192.168.101.1\n"), stats);
    }

    @Test
    void clientModeTrafficOutsideTheSplitListGoesInClear() {
        LabDriver d = connected();
        String ping = d.type("ping 10.10.10.10 source Loopback0");
        assertTrue(ping.contains("!!!!!"), ping);
        String r1 = d.type("show crypto ipsec sa");
        assertEquals(0, sum(ENCAPS, r1), r1);
        assertFalse(d.type("show ip nat translations").contains("10.9.9.1"), "no translation for clear traffic");
    }

    @Test
    void networkExtensionModeSendsTheInsideNetworkThroughTheTunnelUntranslated() {
        LabDriver d = connected("crypto ipsec client ezvpn ezvpn-config", "mode network-extension");
        String ping = d.type("ping 10.1.1.1 source Loopback0");
        assertTrue(ping.contains("!!!!!"), ping);
        String r1 = d.type("show crypto ipsec sa");
        assertTrue(sum(ENCAPS, r1) >= 5 && sum(DECAPS, r1) >= 5, r1);
        assertFalse(d.type("show ip nat translations").contains("10.9.9.1"), "no translation in network-extension mode");
    }

    @Test
    void networkExtensionModeAlsoTunnelsTheNetworksOfTheRemotesAcl() {
        LabDriver d = connected("interface Loopback1", "ip address 10.8.8.1 255.255.255.0", "exit",
                "access-list 101 permit ip 10.8.8.0 0.0.0.255 any",
                "crypto ipsec client ezvpn ezvpn-config", "mode network-extension", "acl 101");
        String r1 = d.type("show crypto ipsec sa");
        assertTrue(r1.contains("local  ident (addr/mask/prot/port): (10.8.8.0/255.255.255.0/0/0)"), r1);
        String ping = d.type("ping 10.1.1.1 source Loopback1");
        assertTrue(ping.contains("!!!!!"), ping);
        String after = d.type("show crypto ipsec sa");
        assertTrue(sum(ENCAPS, after) >= 5 && sum(DECAPS, after) >= 5, after);
    }

    @Test
    void connectAclBringsTheTunnelUpOnTrafficItPermitsOnly() {
        LabDriver d = LabDriver.ofSamples("ezvpn-several-peers");
        d.type("enable", "configure terminal", "access-list 102 permit ip 10.9.9.0 0.0.0.255 10.1.1.0 0.0.0.255",
                "crypto ipsec client ezvpn ezvpn-config", "connect acl 102", "end", "clear crypto ipsec client ezvpn",
                "lab wait 5");
        assertTrue(d.type("show crypto ipsec client ezvpn").contains("Current State: CONNECT_REQUIRED"), d.screen.toString());
        d.type("ping 10.10.10.10 source Loopback0", "lab wait 5");
        assertTrue(d.type("show crypto ipsec client ezvpn").contains("Current State: CONNECT_REQUIRED"),
                "traffic the list does not permit leaves the tunnel down");
        d.type("ping 10.1.1.1 source Loopback0 repeat 1", "lab wait 5", "crypto ipsec client ezvpn xauth", "ra1", "ra1pwd",
                "lab wait 2");
        assertTrue(d.type("show crypto ipsec client ezvpn").contains("Current State: IPSEC_ACTIVE"), d.screen.toString());
        assertTrue(d.type("ping 10.1.1.1 source Loopback0").contains("!!!!!"));
    }

    @Test
    void theAssignedAddressLivesOnLoopback10000WhileTheTunnelIsUp() {
        LabDriver d = connected("crypto ipsec client ezvpn ezvpn-config", "connect manual");
        d.type("crypto ipsec client ezvpn connect", "lab wait 1");
        String brief = d.type("show ip interface brief");
        assertTrue(brief.contains("Loopback10000              192.168.101.1   YES manual up                    up"), brief);
        assertTrue(d.type("show interfaces").contains("Loopback10000 is up, line protocol is up"));
        String routes = d.type("show ip route");
        assertTrue(routes.contains("      192.168.101.0/32 is subnetted, 1 subnets\n"
                + "C        192.168.101.1 is directly connected, Loopback10000\n"), routes);
        String ping = d.on("S1", "enable", "ping 192.168.101.1 source Loopback0");
        assertTrue(ping.contains("!!!!!"), "the remote answers for its assigned address: " + ping);
        String down = d.type("clear crypto ipsec client ezvpn");
        assertTrue(down.contains("%LINK-5-CHANGED: Interface Loopback10000, changed state to administratively down"), down);
        assertFalse(d.type("show ip interface brief").contains("Loopback10000"), "gone with the tunnel");
        assertFalse(d.type("show ip route").contains("Loopback10000"), "its route too");
        assertFalse(d.type("show ip nat translations").contains("192.168.101.1"), "its translations too");
    }

    @Test
    void networkExtensionModeBringsUpNvi0AndNoLoopback() {
        LabDriver d = connected("crypto ipsec client ezvpn ezvpn-config", "mode network-extension");
        String brief = d.type("show ip interface brief");
        assertTrue(brief.contains("NVI0                       unassigned      NO  unset  up                    up"), brief);
        assertFalse(brief.contains("Loopback10000"), brief);
        assertTrue(d.screen.toString().contains("%LINEPROTO-5-UPDOWN: Line protocol on Interface NVI0, changed state to up"));
        String ping = d.on("S1", "enable", "ping 10.9.9.1 source Loopback0");
        assertTrue(ping.contains("!!!!!"), "the server side reaches the inside network through the tunnel: " + ping);
    }

    @Test
    void tunnelTrafficIsSizedForTheOutsideInterfaceAsCryptoMapTrafficIs() {
        LabDriver d = connected();
        // 1500 bytes do not fit one ESP packet on a 1500-byte interface: pre-fragmented, each piece its own ESP packet
        String ping = d.type("ping 10.1.1.1 source Loopback0 size 1500 repeat 2");
        assertTrue(ping.contains("!!"), ping);
        assertTrue(sum(ENCAPS, d.type("show crypto ipsec sa")) >= 4, "two ESP packets per echo");
        // with DF set the remote refuses it (its own echo: dropped, `.`, as for crypto-map traffic); nothing is sent
        long before = sum(ENCAPS, d.type("show crypto ipsec sa"));
        String df = d.type("ping 10.1.1.1 source Loopback0 size 1500 df-bit repeat 2");
        assertTrue(df.contains("Packet sent with the DF bit set\n..\nSuccess rate is 0 percent (0/2)\n"), df);
        assertEquals(before, sum(ENCAPS, d.type("show crypto ipsec sa")), "refused before encryption");
    }

    @Test
    void withoutASplitListEverythingFromTheInsideGoesThroughTheTunnel() {
        LabDriver d = LabDriver.ofSamples("ezvpn-several-peers");
        d.on("S1", "enable", "configure terminal", "crypto isakmp client configuration group unity", "no acl 150", "end");
        d.type("enable", "lab wait 5", "crypto ipsec client ezvpn xauth", "ra1", "ra1pwd", "lab wait 2");
        String ping = d.type("ping 10.10.10.10 source Loopback0");
        assertTrue(ping.contains("!!!!!"), ping);
        String r1 = d.type("show crypto ipsec sa");
        assertTrue(r1.contains("remote ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)"), r1);
        assertTrue(sum(ENCAPS, r1) >= 5 && sum(DECAPS, r1) >= 5, r1);
    }

    @Test
    void afterDpdMovesTheRemoteToItsNextPeerInsideTrafficFollowsWithTheNewAddress() {
        LabDriver d = connected();
        assertTrue(d.type("ping 10.1.1.1 source Loopback0").contains("!!!!!"));
        d.type("lab router S1 down", "lab wait 40");
        assertTrue(d.type("show crypto ipsec client ezvpn").contains("Current EzVPN Peer: 10.2.2.2"));
        String ping = d.type("ping 10.1.2.1 source Loopback0");
        assertTrue(ping.contains("!!!!!"), ping);
        String nat = d.type("show ip nat translations");
        assertTrue(nat.contains("icmp 192.168.102.1:"), nat);
        assertFalse(nat.contains("192.168.101.1"), "the old address's translations went with the old tunnel: " + nat);
        String brief = d.type("show ip interface brief");
        assertTrue(brief.contains("Loopback10000              192.168.102.1"), brief);
        String s2 = d.on("S2", "enable", "show crypto ipsec sa | include encaps");
        assertTrue(sum(ENCAPS, s2) >= 5, s2);
    }

    @Test
    void theChaptersFirstExampleCarriesTheInsideNetworkThroughTheTunnel() {
        LabDriver d = LabDriver.ofSamples("ezvpn-remote-dpd");
        d.type("enable", "lab wait 1", "crypto ipsec client ezvpn xauth", "ra1", "ra1pwd", "lab wait 2");
        String ping = d.type("ping 10.2.2.1 source Ethernet0");
        assertTrue(ping.contains("!!!!!"), ping);
        assertTrue(d.type("show ip nat translations").contains("icmp 192.168.100.1:"), d.screen.toString());
    }

    /**
     * A crypto map and the Easy VPN tunnel share the name `ezvpn-config` on R1's outside interface; the map's list
     * (everything to 10.1.0.0/16, peer S2) covers the tunnel's split network too. Each still takes only its own
     * traffic: the tunnel's (translated) echoes to 10.1.1.1 reach S1 through the tunnel, the inside network's echoes
     * to S2's 10.1.2.1 go through the map to S2.
     */
    @Test
    void aCryptoMapAndAnEasyVpnTunnelOfTheSameNameEachKeepTheirTraffic() {
        LabDriver d = connected("crypto isakmp policy 10", "encryption aes 256", "authentication pre-share", "group 2",
                "exit", "crypto isakmp key s2key address 10.2.2.2", "crypto ipsec transform-set TS esp-aes esp-sha-hmac",
                "exit", "access-list 120 permit ip any 10.1.0.0 0.0.255.255", "crypto map ezvpn-config 10 ipsec-isakmp",
                "set peer 10.2.2.2", "set transform-set TS", "match address 120", "exit", "interface FastEthernet0",
                "crypto map ezvpn-config", "exit");
        d.on("S2", "enable", "configure terminal", "crypto isakmp key s2key address 10.9.32.14", "end");
        String tunnelled = d.type("ping 10.1.1.1 source Loopback0");
        assertTrue(tunnelled.contains("!!!!!"), tunnelled);
        String s1 = d.on("S1", "enable", "show crypto ipsec sa");
        assertTrue(sum(DECAPS, s1) >= 5, "the tunnel's echoes came through the tunnel: " + s1);
        assertEquals(0, sum(DECAPS, d.on("S2", "show crypto ipsec sa")), "none went to the map's peer");
        d.type("ping 10.1.2.1 source Loopback0");
        String mapped = d.type("ping 10.1.2.1 source Loopback0");
        assertTrue(mapped.contains("!!!!!"), mapped);
        String s2 = d.on("S2", "show crypto ipsec sa");
        assertTrue(sum(DECAPS, s2) >= 5, "the map's traffic went to its peer: " + s2);
    }
}
