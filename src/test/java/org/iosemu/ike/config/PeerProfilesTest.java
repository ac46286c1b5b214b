package org.iosemu.ike.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which phase-1 profile serves a peer: by address (most specific), by group name, by host name, identity first. */
class PeerProfilesTest {
    private static final Ipv4 HOST = Ipv4.parse("255.255.255.255");
    private static final Ipv4 ANY = Ipv4.parse("0.0.0.0");

    private static PeerProfile profile(String name, PeerProfile.PeerMatch... matches) {
        return new PeerProfile(name, List.of(matches), name + "-key", Optional.empty(),
                PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE);
    }

    private static PeerProfile.PeerMatch address(String address, String mask) {
        return new PeerProfile.PeerMatch.ByAddress(Ipv4.parse(address), Ipv4.parse(mask));
    }

    private static Optional<String> name(Optional<PeerProfile> p) {
        return p.map(PeerProfile::name);
    }

    @Test
    void theMostSpecificAddressWinsWhateverTheOrder() {
        PeerProfiles profiles = new PeerProfiles(List.of(
                profile("wide", address("10.0.0.0", "255.0.0.0")),
                profile("narrow", address("10.1.1.0", "255.255.255.0")),
                profile("middle", address("10.1.0.0", "255.255.0.0"))), List.of());
        assertEquals(Optional.of("narrow"), name(profiles.forAddress(Ipv4.parse("10.1.1.7"))));
        assertEquals(Optional.of("middle"), name(profiles.forAddress(Ipv4.parse("10.1.2.7"))));
        assertEquals(Optional.of("wide"), name(profiles.forAddress(Ipv4.parse("10.9.9.9"))));
        assertEquals(Optional.empty(), profiles.forAddress(Ipv4.parse("192.0.2.1")));
    }

    @Test
    void keyLinesServeByAddressAndAProfileWinsATie() {
        PeerProfiles profiles = new PeerProfiles(List.of(profile("profile", address("192.0.2.0", "255.255.255.0"))),
                List.of(new PreSharedKey("any", ANY, ANY), new PreSharedKey("subnet", Ipv4.parse("192.0.2.0"), Ipv4.parse("255.255.255.0")),
                        new PreSharedKey("host", Ipv4.parse("192.0.2.9"), HOST)));
        assertEquals("host", profiles.forAddress(Ipv4.parse("192.0.2.9")).orElseThrow().preSharedKey());
        assertEquals("profile-key", profiles.forAddress(Ipv4.parse("192.0.2.8")).orElseThrow().preSharedKey(), "same mask: the profile");
        assertEquals("any", profiles.forAddress(Ipv4.parse("198.51.100.1")).orElseThrow().preSharedKey());
    }

    @Test
    void groupNamesMatchExactlyAndHostNamesWithoutCase() {
        PeerProfiles profiles = new PeerProfiles(List.of(
                profile("sales", new PeerProfile.PeerMatch.ByKeyId("SALES")),
                profile("branch", new PeerProfile.PeerMatch.ByHostName("Branch1.Example.COM"))), List.of());
        assertEquals(Optional.of("sales"), name(profiles.forIdentity(new PeerIdentity.KeyId("SALES"))));
        assertEquals(Optional.empty(), profiles.forIdentity(new PeerIdentity.KeyId("sales")), "group names are case-sensitive");
        assertEquals(Optional.of("branch"), name(profiles.forIdentity(new PeerIdentity.HostName("branch1.example.com"))));
        assertEquals(Optional.empty(), profiles.forIdentity(new PeerIdentity.HostName("branch2.example.com")));
        assertEquals(Optional.empty(), profiles.forIdentity(new PeerIdentity.HostName("SALES")), "a host name is not a group name");
    }

    @Test
    void anIdentityWinsOverTheAddressAndAnAddressIdentityIsLookedUpByAddress() {
        PeerProfiles profiles = new PeerProfiles(List.of(
                profile("by-address", address("203.0.113.0", "255.255.255.0")),
                profile("by-group", new PeerProfile.PeerMatch.ByKeyId("EZ")),
                profile("inside", address("10.0.0.0", "255.0.0.0"))), List.of());
        Ipv4 peer = Ipv4.parse("203.0.113.5");
        assertEquals(Optional.of("by-group"), name(profiles.select(peer, Optional.of(new PeerIdentity.KeyId("EZ")))));
        assertEquals(Optional.of("by-address"), name(profiles.select(peer, Optional.of(new PeerIdentity.KeyId("OTHER")))),
                "an identity no profile names falls back to the address");
        assertEquals(Optional.of("by-address"), name(profiles.select(peer, Optional.empty())));
        assertEquals(Optional.of("inside"), name(profiles.select(peer, Optional.of(new PeerIdentity.Address(Ipv4.parse("10.1.1.1"))))),
                "a peer behind NAT names its own address");
    }

    @Test
    void aKeyLineIsAnAddressProfileWithNothingElse() {
        PeerProfile p = PeerProfile.of(new PreSharedKey("secret", Ipv4.parse("192.0.2.0"), Ipv4.parse("255.255.255.0")));
        assertEquals("secret", p.preSharedKey());
        assertEquals(Optional.empty(), p.keepalive(), "the global keepalive applies");
        assertEquals(PeerProfile.XauthSettings.NONE, p.xauth());
        assertEquals(PeerProfile.ModeConfigSettings.NONE, p.modeConfig());
    }

    @Test
    void policiesFromDynamicMapsEasyVpnAndTunnelsAreToldApart() {
        PolicyOrigin map = new PolicyOrigin.CryptoMap("CM", 10);
        PolicyOrigin dyn1 = new PolicyOrigin.DynamicMap("CM", 10, "DYN", 10);
        PolicyOrigin dyn2 = new PolicyOrigin.DynamicMap("CM", 10, "DYN", 20);
        PolicyOrigin ezvpn = new PolicyOrigin.EasyVpn("EZ", "CM", 10);
        PolicyOrigin tunnel = new PolicyOrigin.TunnelInterface("Tunnel0", "CM", 10);
        assertEquals(5, List.of(map.key(), dyn1.key(), dyn2.key(), ezvpn.key(), tunnel.key()).stream().distinct().count());
        assertEquals(List.of("CM", "CM"), List.of(dyn2.mapName(), ezvpn.mapName()), "shown under the map that holds them");
    }
}
