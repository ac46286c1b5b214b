package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerIdentity;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.PreSharedKey;
import org.junit.jupiter.api.Test;

/** The phase-1 profile a peer gets decides its key and its DPD, on both ends of a real exchange. */
class PeerProfileTest {
    private static final String A = "10.1.32.14";
    private static final String B = "10.2.80.209";
    private static final String KEY = "kd94j1ksldz";
    private static final long T0 = Lab.START;

    private final Lab lab = new Lab();
    private final Lab.Router a = lab.router(A, 11);
    private final Lab.Router b = lab.router(B, 22);

    /** B's site config served by {@code profiles}, with a wrong catch-all key line and no global keepalive. */
    private IkeConfig responder(List<PeerProfile> profiles) {
        IkeConfig site = Lab.site(b.address, "10.2.2.0", "10.1.1.0", A, Optional.empty());
        return new IkeConfig(site.policies(), List.of(new PreSharedKey("wrong", Ipv4.parse("0.0.0.0"), Lab.ANY_MASK)),
                site.keepalive(), site.cryptoMaps(), site.natTransparency(), site.invalidSpiRecovery(), profiles);
    }

    private static PeerProfile forA(String key, Optional<DpdSettings> keepalive) {
        return new PeerProfile("branch", List.of(new PeerProfile.PeerMatch.ByAddress(Ipv4.parse(A), new Ipv4(-1))), key, keepalive,
                PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE);
    }

    private void connect() {
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", B, Optional.empty()));
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 7));
        lab.settle();
    }

    private List<Long> probes(Lab.Router r) {
        return r.debugTimed("Input = IKE_MESG_FROM_TIMER, IKE_TIMER_IM_ALIVE").stream().map(Lab.Timed::time).toList();
    }

    @Test
    void theResponderTakesTheKeyAndKeepaliveOfTheMostSpecificProfile() {
        b.engine.onConfigChanged(responder(List.of(forA(KEY, Optional.of(DpdSettings.periodic(10, 2))))));
        connect();
        assertEquals(1, b.engine.snapshot().ipsecSas().size(), "the /32 profile's key, not the catch-all line's");
        lab.scheduler.runUntil(T0 + 25_000);
        assertEquals(List.of(T0 + 10_000, T0 + 20_000), probes(b), "the profile's keepalive, though none is global");
        assertEquals(List.of(), probes(a));
    }

    @Test
    void withoutAMatchingProfileTheKeyLineDecidesAndAuthenticationFails() {
        b.engine.onConfigChanged(responder(List.of()));
        connect();
        assertEquals(0, b.engine.snapshot().ipsecSas().size());
    }

    @Test
    void changingTheProfileKeepaliveRestartsDpdOnTheLiveSa() {
        b.engine.onConfigChanged(responder(List.of(forA(KEY, Optional.of(DpdSettings.periodic(10, 2))))));
        connect();
        lab.scheduler.runUntil(T0 + 15_000);
        b.engine.onConfigChanged(responder(List.of(forA(KEY, Optional.of(DpdSettings.periodic(30, 2))))));
        lab.scheduler.runUntil(T0 + 50_000);
        assertEquals(List.of(T0 + 10_000, T0 + 45_000), probes(b));
        b.engine.onConfigChanged(responder(List.of(forA(KEY, Optional.empty()))));
        lab.scheduler.runUntil(T0 + 120_000);
        assertEquals(List.of(T0 + 10_000, T0 + 45_000), probes(b), "no keepalive left: no more probes");
    }

    @Test
    void idPayloadsNameAnAddressAGroupOrAHost() {
        assertEquals(new PeerIdentity.Address(Ipv4.parse(A)),
                Phase1Steps.identityOf(new Payload.Identification(Payload.Identification.ID_IPV4_ADDR, 17, 500, Ipv4.parse(A).toBytes())));
        assertEquals(new PeerIdentity.KeyId("EZGROUP"),
                Phase1Steps.identityOf(new Payload.Identification(Payload.Identification.ID_KEY_ID, 17, 500, "EZGROUP".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(new PeerIdentity.HostName("r1.example.com"),
                Phase1Steps.identityOf(new Payload.Identification(Payload.Identification.ID_FQDN, 17, 500, "R1.Example.com".getBytes(StandardCharsets.US_ASCII))));
        assertNull(Phase1Steps.identityOf(new Payload.Identification(Payload.Identification.ID_IPV4_ADDR_SUBNET, 0, 0, new byte[8])));
    }
}
