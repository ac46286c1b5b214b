package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.SplitNetwork;
import org.junit.jupiter.api.Test;

/** The Easy VPN server lines of a router become the engine's group profile, XAUTH check and pool. */
class EasyVpnServerMapperTest {

    private static RunningConfig server(String... extra) throws Exception {
        String cfg = Files.readString(Path.of("samples/labs/ezvpn-several-peers/S1.cfg"));
        LabDriver d = new LabDriver(Map.of("S1", cfg));
        d.type("enable", "configure terminal");
        d.type(extra);
        d.type("end");
        return d.lab.router("S1").context().config().current();
    }

    private static Optional<PeerProfile> unity(RunningConfig config, LocalPoolLeases pools) {
        return EasyVpnServerMapper.profiles(config, pools).stream()
                .filter(p -> p.matches().equals(List.of(new PeerProfile.PeerMatch.ByKeyId("unity")))).findFirst();
    }

    @Test
    void theGroupIsServedWithItsKeyXauthFromTheLocalUsersAndItsAttributes() throws Exception {
        RunningConfig config = server();
        PeerProfile p = unity(config, new LocalPoolLeases(() -> config)).orElseThrow();
        assertEquals("preshared", p.preSharedKey());
        assertTrue(p.xauth().required());
        assertTrue(p.xauth().authenticator().authenticate("ra1", "ra1pwd"));
        assertFalse(p.xauth().authenticator().authenticate("ra1", "wrong"));
        var group = p.modeConfig().group().orElseThrow();
        assertEquals(PeerProfile.ModeConfigSettings.Mode.RESPOND, p.modeConfig().mode());
        assertEquals(List.of(Ipv4.parse("10.1.1.53")), group.dnsServers());
        assertEquals(Optional.of("lab.example"), group.defaultDomain());
        assertEquals(List.of(SplitNetwork.of(Ipv4.parse("10.1.1.0"), Ipv4.parse("255.255.255.0"))), group.splitInclude());
        assertTrue(group.savePassword());
    }

    @Test
    void thePoolHandsOutTheLowestFreeAddressAndTakesItBack() throws Exception {
        RunningConfig config = server("no ip local pool EZPOOL", "ip local pool EZPOOL 192.168.101.1 192.168.101.2");
        LocalPoolLeases leases = new LocalPoolLeases(() -> config);
        var pool = unity(config, leases).orElseThrow().modeConfig().group().orElseThrow().addresses().orElseThrow();
        assertEquals(Optional.of(Ipv4.parse("192.168.101.1")), pool.allocate("ra1"));
        assertEquals(Optional.of(Ipv4.parse("192.168.101.2")), pool.allocate("ra2"));
        assertEquals(Optional.empty(), pool.allocate("ra3"), "exhausted");
        pool.release(Ipv4.parse("192.168.101.1"));
        assertEquals(Map.of(3232261378L, "ra2"), leases.of("EZPOOL"));
        assertEquals(Optional.of(Ipv4.parse("192.168.101.1")), pool.allocate("ra3"));
    }

    @Test
    void withoutTheAuthorizationListOrItsLocalMethodNoGroupIsServed() throws Exception {
        assertTrue(unity(server("no crypto map VPN isakmp authorization list grouplist"), new LocalPoolLeases(() -> null)).isEmpty());
        assertTrue(unity(server("no aaa authorization network grouplist local"), new LocalPoolLeases(() -> null)).isEmpty());
    }

    @Test
    void addressInitiatePushesTheConfiguration() throws Exception {
        RunningConfig config = server("crypto map VPN client configuration address initiate");
        assertEquals(PeerProfile.ModeConfigSettings.Mode.INITIATE,
                unity(config, new LocalPoolLeases(() -> config)).orElseThrow().modeConfig().mode());
    }
}
