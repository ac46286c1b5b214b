package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.SplitNetwork;
import org.junit.jupiter.api.Test;

/** `crypto ipsec client ezvpn` as typed at the CLI becomes an Easy VPN remote the engine runs. */
class EasyVpnRemoteMapperTest {

    private static Ipv4 ip(String s) {
        return Ipv4.parse(s);
    }

    @Test
    void theRemoteOnItsOutsideInterfaceWithGroupPeersModeAndSavedUser() {
        LabDriver d = new LabDriver(Map.of("R1", SeedConfigs.R1_BARE));
        d.type("enable", "configure terminal",
                "crypto ipsec client ezvpn EZ", "connect manual", "group EZGROUP key grpkey", "mode network-extension",
                "peer 10.2.80.209", "peer ezsrv.lab.example", "peer 10.3.80.209",
                "username ra1 password ra1pwd", "xauth userid mode local", "exit",
                "interface FastEthernet0", "crypto ipsec client ezvpn EZ", "exit",
                "interface Loopback0", "crypto ipsec client ezvpn EZ inside", "end");
        List<EasyVpnRemote> remotes = IkeConfigMapper.map(d.lab.router("R1").context().config().current()).easyVpnRemotes();
        assertEquals(List.of(EasyVpnRemote.of("EZ", "EZGROUP", "grpkey", List.of(ip("10.2.80.209"), ip("10.3.80.209")),
                EasyVpnRemote.Mode.NETWORK_EXTENSION, false, Optional.of(new EasyVpnRemote.Credentials("ra1", "ra1pwd")), ip("10.1.32.14"),
                List.of(SplitNetwork.of(ip("10.1.1.0"), ip("255.255.255.0"))))), remotes, "the host-name peer is left out");
    }

    @Test
    void interactiveXauthSavesNoCredentialsAndAnUnappliedRemoteDoesNotRun() {
        LabDriver d = new LabDriver(Map.of("R1", SeedConfigs.R1_BARE));
        d.type("enable", "configure terminal",
                "crypto ipsec client ezvpn EZ", "group EZGROUP key grpkey", "peer 10.2.80.209", "username ra1 password ra1pwd", "exit",
                "crypto ipsec client ezvpn OTHER", "group G key k", "peer 10.2.80.210", "end");
        assertTrue(IkeConfigMapper.map(d.lab.router("R1").context().config().current()).easyVpnRemotes().isEmpty(), "applied to no interface");
        d.type("debug crypto isakmp", "configure terminal", "interface FastEthernet0", "crypto ipsec client ezvpn EZ outside", "end");
        EasyVpnRemote remote = IkeConfigMapper.map(d.lab.router("R1").context().config().current()).easyVpnRemotes().get(0);
        assertEquals(Optional.empty(), remote.savedCredentials());
        assertTrue(remote.connectAuto());
        assertEquals(EasyVpnRemote.Mode.CLIENT, remote.mode());
        assertFalse(d.times("R1", "beginning Aggressive Mode exchange").isEmpty(), "connect auto starts at once: " + d.log("R1"));
    }
}
