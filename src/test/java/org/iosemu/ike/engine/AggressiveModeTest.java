package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpMessage;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadType;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerIdentity;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.iosemu.ike.testing.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * Aggressive Mode with a pre-shared key and a group name (ID_KEY_ID), as an Easy VPN remote starts it: the
 * responder finds the key by the group, the tunnel comes up and carries ESP; lost messages are resent.
 */
class AggressiveModeTest {
    private static final String A = "10.1.32.14";
    private static final String B = "10.2.80.209";
    static final String GROUP = "EZGROUP";
    static final String KEY = "grpkey";

    private final Lab lab = new Lab();
    private final Lab.Router a = lab.router(A, 5);
    private final Lab.Router b = lab.router(B, 6);

    private static IkeConfig withProfiles(IkeConfig site, List<PreSharedKey> keys, List<PeerProfile> profiles) {
        return new IkeConfig(site.policies(), keys, site.keepalive(), site.cryptoMaps(), site.natTransparency(),
                site.invalidSpiRecovery(), profiles);
    }

    /** A remote at {@code self} that names itself by {@code group} with {@code key} towards {@code server}. */
    static IkeConfig remoteConfig(Ipv4 self, String server, String group, String key, Optional<DpdSettings> keepalive) {
        PeerProfile toServer = new PeerProfile("ezvpn", List.of(new PeerProfile.PeerMatch.ByAddress(Ipv4.parse(server), new Ipv4(-1))), key,
                Optional.empty(), PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE,
                PeerProfile.Initiation.aggressive(new PeerIdentity.KeyId(group)));
        return withProfiles(Lab.site(self, "10.1.1.0", "10.2.2.0", server, keepalive), List.of(), List.of(toServer));
    }

    /** A server at {@code self} that knows {@link #GROUP}, with a catch-all key line with another key. */
    static IkeConfig serverConfig(Ipv4 self, String remote) {
        PeerProfile group = new PeerProfile("group", List.of(new PeerProfile.PeerMatch.ByKeyId(GROUP)), KEY, Optional.empty(),
                PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE);
        return withProfiles(Lab.site(self, "10.2.2.0", "10.1.1.0", remote, Optional.empty()),
                List.of(new PreSharedKey("address-key", Ipv4.parse("0.0.0.0"), Lab.ANY_MASK)), List.of(group));
    }

    private void configureRemote(String group, String key) {
        a.engine.onConfigChanged(remoteConfig(a.address, B, group, key, Optional.empty()));
    }

    private void configureServer() {
        b.engine.onConfigChanged(serverConfig(b.address, A));
    }

    private void startTraffic() {
        assertInstanceOf(OutboundResult.DroppedSaPending.class,
                a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1)));
        lab.settle();
    }

    private List<IsakmpMessage> aggressiveModeOnTheWire() throws Exception {
        List<IsakmpMessage> out = new java.util.ArrayList<>();
        for (InMemoryNetwork.Datagram d : lab.network.sent()) {
            if (d.payload().length > 17 && (d.payload()[18] & 0xff) == ExchangeType.AGGRESSIVE) {
                out.add(d.payload()[19] == 0 ? IsakmpCodec.decode(d.payload()) : null);
            }
        }
        return out;
    }

    @Test
    void theGroupNamePicksTheKeyAndTheTunnelCarriesTraffic() throws Exception {
        configureRemote(GROUP, KEY);
        configureServer();
        startTraffic();
        assertEquals("QM_IDLE", a.engine.snapshot().ikeSas().get(0).state());
        assertEquals("QM_IDLE", b.engine.snapshot().ikeSas().get(0).state());
        assertEquals(1, b.engine.snapshot().ipsecSas().size());
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class,
                a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 2)));
        assertArrayEquals(Lab.icmp("10.1.1.1", "10.2.2.1", 2),
                assertInstanceOf(InboundResult.Decrypted.class, b.engine.inboundEsp(p.local(), p.peer(), p.esp())).packet());

        List<IsakmpMessage> am = aggressiveModeOnTheWire();
        assertEquals(3, am.size(), "AM1, AM2, AM3");
        IsakmpMessage am1 = am.get(0);
        assertEquals(List.of(PayloadType.SA, PayloadType.KE, PayloadType.NONCE, PayloadType.ID),
                am1.chain().payloads().subList(0, 4).stream().map(Payload::type).toList());
        Payload.Identification idii = am1.chain().first(Payload.Identification.class).orElseThrow();
        assertEquals(Payload.Identification.ID_KEY_ID, idii.idType());
        assertEquals(GROUP, new String(idii.data(), StandardCharsets.US_ASCII));
        assertEquals(List.of(17, 500), List.of(idii.protocol(), idii.port()));
        IsakmpMessage am2 = am.get(1);
        assertEquals(List.of(PayloadType.SA, PayloadType.KE, PayloadType.NONCE, PayloadType.ID, PayloadType.HASH),
                am2.chain().payloads().subList(0, 5).stream().map(Payload::type).toList());
        assertEquals(Payload.Identification.ID_IPV4_ADDR, am2.chain().first(Payload.Identification.class).orElseThrow().idType());
        assertEquals(null, am.get(2), "AM3 travels encrypted");

        assertTrue(a.debug().contains("ISAKMP:(0):SA is doing pre-shared key authentication using id type ID_KEY_ID"));
        assertTrue(a.debug().contains("ISAKMP:(0): beginning Aggressive Mode exchange"));
        assertTrue(a.debug().stream().anyMatch(l -> l.endsWith("(I) AG_INIT_EXCH")));
        assertTrue(b.debug().contains("ISAKMP:(1001):Old State = IKE_R_AM3  New State = IKE_P1_COMPLETE \n"));
        assertTrue(b.debug().contains("ISAKMP:(1001):SA authentication status:\tauthenticated"), "the classic IOS layout as in Main Mode");
    }

    @Test
    void anUnknownGroupGetsNoAnswerAndLeavesNoSa() {
        configureRemote("OTHER", KEY);
        configureServer();
        startTraffic();
        assertEquals(0, b.engine.snapshot().ikeSas().size());
        assertTrue(b.debug().contains("ISAKMP:(0):No pre-shared key with " + A + "!"));
        assertEquals(0, lab.network.sent().stream().filter(d -> d.from().ip().equals(b.address)).count(), "the server sends nothing");
    }

    @Test
    void aWrongGroupKeyFailsTheHashAndNothingComesUp() {
        configureRemote(GROUP, "not-the-key");
        configureServer();
        startTraffic();
        assertEquals(0, a.engine.snapshot().ipsecSas().size());
        assertTrue(a.debug().stream().anyMatch(l -> l.contains("hash payload of AM2 from " + B + " failed verification, dropped")));
        assertEquals(0, b.engine.snapshot().ipsecSas().size());
    }

    @Test
    void aLostThirdMessageIsResentWhenTheResponderRepeatsItsAnswer() {
        configureRemote(GROUP, KEY);
        configureServer();
        int[] am3Seen = {0};
        lab.network.setDropFilter(d -> d.from().ip().equals(a.address) && (d.payload()[18] & 0xff) == ExchangeType.AGGRESSIVE
                && d.payload()[19] != 0 && am3Seen[0]++ == 0);
        startTraffic();
        lab.scheduler.runUntil(Lab.START + 30_000);
        assertEquals(1, b.engine.snapshot().ikeSas().size());
        assertEquals("QM_IDLE", b.engine.snapshot().ikeSas().get(0).state());
        assertTrue(b.debug().stream().anyMatch(l -> l.contains("retransmitting phase 1 AG_INIT_EXCH")), "the responder resent AM2");
        assertTrue(a.debug().contains("ISAKMP:(1001): retransmitting due to retransmit phase 1"), "the initiator answered with AM3");
        assertEquals(1, b.engine.snapshot().ipsecSas().size());
    }

    @Test
    void behindANatTheThirdMessageFloatsTo4500AndEspTravelsInUdp() {
        Lab natLab = new Lab();
        natLab.network.addNat(Ipv4.parse("192.168.1.10"), Ipv4.parse("198.51.100.7"));
        Lab.Router remote = natLab.router("192.168.1.10", 5);
        Lab.Router server = natLab.router(B, 6);
        PeerProfile toServer = new PeerProfile("ezvpn", List.of(new PeerProfile.PeerMatch.ByAddress(Ipv4.parse(B), new Ipv4(-1))), KEY,
                Optional.empty(), PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE,
                PeerProfile.Initiation.aggressive(new PeerIdentity.KeyId(GROUP)));
        remote.engine.onConfigChanged(withProfiles(Lab.site(remote.address, "10.1.1.0", "10.2.2.0", B, Optional.empty()), List.of(), List.of(toServer)));
        PeerProfile group = new PeerProfile("group", List.of(new PeerProfile.PeerMatch.ByKeyId(GROUP)), KEY, Optional.empty(),
                PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE);
        server.engine.onConfigChanged(withProfiles(Lab.site(server.address, "10.2.2.0", "10.1.1.0", "198.51.100.7", Optional.empty()),
                List.of(), List.of(group)));
        remote.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        natLab.settle();

        List<InMemoryNetwork.Datagram> fromRemote = natLab.network.sent().stream().filter(d -> d.from().ip().equals(remote.address)).toList();
        assertEquals(List.of(500, 4500), List.of(fromRemote.get(0).from().port(), fromRemote.get(1).from().port()), "AM1 on 500, AM3 on 4500");
        assertTrue(remote.debug().stream().anyMatch(l -> l.endsWith("NAT found, the node inside NAT")));
        assertTrue(server.debug().stream().anyMatch(l -> l.endsWith("NAT found, the node outside NAT")));
        assertEquals("QM_IDLE", server.engine.snapshot().ikeSas().get(0).state());
        assertTrue(remote.engine.snapshot().ipsecSas().get(0).udpEncapsulated());
        assertTrue(server.engine.snapshot().ipsecSas().get(0).udpEncapsulated());
    }

    @Test
    void theResponderTakesTheThirdMessageInTheClearAsStrongSwanSendsIt() {
        VirtualScheduler clock = new VirtualScheduler(0);
        InMemoryNetwork net = new InMemoryNetwork(clock, 0);
        Ipv4 addrA = Ipv4.parse(A);
        Ipv4 addrB = Ipv4.parse(B);
        EngineCore remote = new EngineCore(net.portFor(addrA), clock, RandomPort.seeded(5), e -> { });
        EngineCore server = new EngineCore(net.portFor(addrB), clock, RandomPort.seeded(6), e -> { });
        net.attach(addrA, remote::onDatagram);
        net.attach(addrB, server::onDatagram);
        PeerProfile toServer = new PeerProfile("ezvpn", List.of(new PeerProfile.PeerMatch.ByAddress(addrB, new Ipv4(-1))), KEY,
                Optional.empty(), PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE,
                PeerProfile.Initiation.aggressive(new PeerIdentity.KeyId(GROUP)));
        remote.onConfigChanged(withProfiles(Lab.site(addrA, "10.1.1.0", "10.2.2.0", B, Optional.empty()), List.of(), List.of(toServer)));
        PeerProfile group = new PeerProfile("group", List.of(new PeerProfile.PeerMatch.ByKeyId(GROUP)), KEY, Optional.empty(),
                PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE);
        server.onConfigChanged(withProfiles(Lab.site(addrB, "10.2.2.0", "10.1.1.0", A, Optional.empty()), List.of(), List.of(group)));
        net.setDropFilter(d -> d.from().ip().equals(addrA) && (d.payload()[18] & 0xff) == ExchangeType.AGGRESSIVE && d.payload()[19] != 0);
        remote.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        clock.runUntil(100);
        assertEquals("AG_INIT_EXCH", server.snapshot().ikeSas().get(0).state(), "the encrypted AM3 was lost");

        Phase1Sa sa = remote.ikeSas().get(0);
        Phase1Steps steps = new Phase1Steps(remote, sa);
        byte[] clearAm3 = IsakmpCodec.encode(steps.header(), List.of(steps.ownHash(steps.ownIdentification())));
        server.onDatagram(Endpoint.ike(addrB), Endpoint.ike(addrA), clearAm3);
        assertEquals("QM_IDLE", server.snapshot().ikeSas().get(0).state());
        assertEquals("ACTIVE", server.snapshot().ikeSas().get(0).status());
    }

    @Test
    void aCopyOfAm2IsAnsweredWithAm3AndTheCopyOfAm3WithNothing() {
        configureRemote(GROUP, KEY);
        configureServer();
        startTraffic();
        InMemoryNetwork.Datagram am2 = lab.network.sent().stream().filter(d -> d.from().ip().equals(b.address)).findFirst().orElseThrow();
        int sentBefore = lab.network.sent().size();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            a.engine.onDatagram(am2.to(), am2.from(), am2.payload());
            lab.settle();
        }, "no ping-pong of copies");
        List<InMemoryNetwork.Datagram> after = lab.network.sent().subList(sentBefore, lab.network.sent().size());
        assertEquals(1, after.size(), "the initiator resends AM3, the responder answers nothing");
        assertEquals(a.address, after.get(0).from().ip());
        assertEquals("QM_IDLE", b.engine.snapshot().ikeSas().get(0).state());
    }

    @Test
    void theOfferHoldsOnlyThePoliciesOfTheFirstPolicysGroup() {
        IkeProposal g2 = new IkeProposal(10, IkeEncryption.AES128, Phase1Hash.SHA, 2, 86_400);
        IkeProposal g14 = new IkeProposal(20, IkeEncryption.AES256, Phase1Hash.SHA256, 14, 86_400);
        IkeProposal g2b = new IkeProposal(30, IkeEncryption.TRIPLE_DES, Phase1Hash.SHA, 2, 86_400);
        assertEquals(List.of(g2, g2b), AggressiveModeInitiator.offered(List.of(g2, g14, g2b)));
    }
}
