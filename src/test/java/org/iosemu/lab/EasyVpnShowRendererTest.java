package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.SplitNetwork;
import org.junit.jupiter.api.Test;

/** `show crypto ipsec client ezvpn` of a connected remote in IOS's layout (spec 1.2, CN2). */
class EasyVpnShowRendererTest {

    private static Ipv4 ip(String s) {
        return Ipv4.parse(s);
    }

    private static RunningConfig remoteConfig() {
        LabDriver d = new LabDriver(Map.of("R1", SeedConfigs.R1_BARE));
        d.type("enable", "configure terminal",
                "crypto ipsec client ezvpn EzVPN", "group g key k", "peer 61.128.1.1", "exit",
                "interface FastEthernet0", "crypto ipsec client ezvpn EzVPN", "exit",
                "interface Loopback0", "crypto ipsec client ezvpn EzVPN inside", "end");
        return d.lab.router("R1").context().config().current();
    }

    private static EasyVpnStatus active(String name) {
        return new EasyVpnStatus(name, EasyVpnRemote.Mode.CLIENT, "g", "IPSEC_ACTIVE", "SOCKET_UP",
                Optional.of(ip("61.128.1.1")), ip("10.1.32.14"), Optional.of("ra1"), Optional.of(ip("123.1.1.102")),
                Optional.of(ip("255.255.255.255")), List.of(), List.of(), Optional.empty(),
                List.of(SplitNetwork.of(ip("10.1.1.0"), ip("255.255.255.0"))), true, false, false, Optional.empty(), List.of());
    }

    @Test
    void aConnectedClientShowsItsAddressSplitListAndPeer() {
        assertEquals(List.of(
                "Easy VPN Remote Phase: 8",
                "",
                "Tunnel name : EzVPN",
                "Inside interface list: Loopback0",
                "Outside interface: FastEthernet0 ",
                "Current State: IPSEC_ACTIVE",
                "Last Event: SOCKET_UP",
                "Address: 123.1.1.102",
                "Mask: 255.255.255.255",
                "Save Password: Allowed",
                "Split Tunnel List: 1",
                "       Address    : 10.1.1.0",
                "       Mask       : 255.255.255.0",
                "       Protocol   : 0x0",
                "       Source Port: 0",
                "       Dest Port  : 0",
                "Current EzVPN Peer: 61.128.1.1",
                ""), EasyVpnShowRenderer.render(List.of(active("EzVPN")), remoteConfig(), Optional.empty()));
    }

    @Test
    void aNameSelectsOneTunnel() {
        assertEquals(List.of("Easy VPN Remote Phase: 8", ""),
                EasyVpnShowRenderer.render(List.of(active("EzVPN")), remoteConfig(), Optional.of("other")));
    }
}
