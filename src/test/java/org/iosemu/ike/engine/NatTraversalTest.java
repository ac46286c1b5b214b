package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.Pcap;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpMessage;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadType;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.NatTransparency;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.HashAlgorithm;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 3947/3948 NAT traversal between two engines, one behind a simulated NAT, and against strongSwan's packets. */
class NatTraversalTest {
    private static final String INSIDE = "192.168.1.10";
    private static final String PUBLIC = "198.51.100.7";
    private static final String B = "10.2.80.209";

    private record Pair(Lab lab, Lab.Router a, Lab.Router b) {
    }

    /** A behind a NAT (INSIDE → PUBLIC) initiates to B; B's crypto map points at A's public address. */
    private static Pair natPair(NatTransparency natA, NatTransparency natB) {
        Lab lab = new Lab();
        lab.network.addNat(Ipv4.parse(INSIDE), Ipv4.parse(PUBLIC));
        Lab.Router a = lab.router(INSIDE, 1);
        Lab.Router b = lab.router(B, 2);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", B, Optional.of(DpdSettings.periodic(10, 2))).withNatTransparency(natA));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", PUBLIC, Optional.of(DpdSettings.periodic(10, 2))).withNatTransparency(natB));
        return new Pair(lab, a, b);
    }

    private static void establish(Pair p) {
        assertInstanceOf(OutboundResult.DroppedSaPending.class, p.a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1)));
        p.lab.settle();
    }

    @Test
    void natIsDetectedOnBothSidesAndIkeFloatsTo4500() {
        Pair p = natPair(NatTransparency.DEFAULT, NatTransparency.DEFAULT);
        establish(p);
        assertTrue(p.a.debug().stream().anyMatch(l -> l.endsWith("NAT found, the node inside NAT")), "initiator knows it is behind NAT");
        assertTrue(p.b.debug().stream().anyMatch(l -> l.endsWith("NAT found, the node outside NAT")), "responder sees the NAT");
        assertTrue(p.b.debug().stream().anyMatch(l -> l.contains("Detected port floating to port = ")));

        List<InMemoryNetwork.Datagram> fromA = p.lab.network.sent().stream().filter(d -> d.from().ip().equals(p.a.address)).toList();
        assertEquals(500, fromA.get(1).from().port(), "MM3 still on 500");
        assertEquals(4500, fromA.get(2).from().port(), "MM5 floated to 4500");
        assertEquals(4500, fromA.get(2).to().port());
        IsakmpMessage mm3 = decode(fromA.get(1).payload());
        assertEquals(2, mm3.chain().all(Payload.NatD.class).size());
        assertEquals(PayloadType.NAT_D, mm3.chain().all(Payload.NatD.class).get(0).type());

        IkeSnapshot.IkeSa saA = p.a.engine.snapshot().ikeSas().get(0);
        IkeSnapshot.IkeSa saB = p.b.engine.snapshot().ikeSas().get(0);
        assertEquals("QM_IDLE", saA.state());
        assertEquals(4500, saA.localPort());
        assertEquals(4500, saA.remotePort());
        assertEquals(4500, saB.localPort());
        assertTrue(saB.remotePort() != 4500 && saB.remotePort() != 500, "B sees the NAT's port " + saB.remotePort());
        assertEquals("DN", saA.capabilities());
        assertEquals("DN", saB.capabilities());

        IkeSnapshot.IpsecSa ipsecA = p.a.engine.snapshot().ipsecSas().get(0);
        assertTrue(ipsecA.udpEncapsulated());
        assertEquals("{Tunnel UDP-Encaps, }", ipsecA.inUseSettings());
        assertEquals(4500, ipsecA.peerPort());
        assertTrue(p.b.debug().stream().anyMatch(l -> l.endsWith("encaps is 3 (Tunnel-UDP)")));
    }

    @Test
    void espIsUdpEncapsulatedBothWays() {
        Pair p = natPair(NatTransparency.DEFAULT, NatTransparency.DEFAULT);
        establish(p);
        OutboundResult.Protected out = assertInstanceOf(OutboundResult.Protected.class,
                p.a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 2)));
        assertEquals(Optional.of(new OutboundResult.UdpPorts(4500, 4500)), out.udp());
        // through the NAT the packet reaches B from the public address
        InboundResult in = p.b.engine.inboundEsp(Ipv4.parse(PUBLIC), p.b.address, out.esp());
        assertArrayEquals(Lab.icmp("10.1.1.1", "10.2.2.1", 2), assertInstanceOf(InboundResult.Decrypted.class, in).packet());

        OutboundResult.Protected back = assertInstanceOf(OutboundResult.Protected.class,
                p.b.engine.outbound(Ipv4.parse("10.2.2.1"), Ipv4.parse("10.1.1.1"), Lab.icmp("10.2.2.1", "10.1.1.1", 3)));
        int natPort = p.b.engine.snapshot().ikeSas().get(0).remotePort();
        assertEquals(Optional.of(new OutboundResult.UdpPorts(4500, natPort)), back.udp(), "B answers the NAT mapping");
        assertInstanceOf(InboundResult.Decrypted.class, p.a.engine.inboundEsp(p.b.address, p.a.address, back.esp()));
    }

    @Test
    void dpdRunsOverTheFloatedPorts() {
        Pair p = natPair(NatTransparency.DEFAULT, NatTransparency.DEFAULT);
        establish(p);
        int before = p.lab.network.sent().size();
        p.lab.scheduler.advance(35_000);
        List<InMemoryNetwork.Datagram> later = p.lab.network.sent().subList(before, p.lab.network.sent().size());
        assertFalse(later.isEmpty(), "R-U-THERE/ACK exchanged");
        assertTrue(later.stream().allMatch(d -> d.from().port() == 4500), "all IKE after the float uses 4500");
        assertEquals(1, p.a.engine.snapshot().ikeSas().size(), "peer stays alive");
    }

    @Test
    void natKeepalivesOnlyFromTheNodeBehindTheNatAndOnlyInSilence() {
        Pair p = natPair(new NatTransparency(true, 20), new NatTransparency(true, 20));
        // no DPD so that nothing else is sent
        p.a.engine.onConfigChanged(Lab.site(p.a.address, "10.1.1.0", "10.2.2.0", B, Optional.empty()).withNatTransparency(new NatTransparency(true, 20)));
        p.b.engine.onConfigChanged(Lab.site(p.b.address, "10.2.2.0", "10.1.1.0", PUBLIC, Optional.empty()).withNatTransparency(new NatTransparency(true, 20)));
        establish(p);
        long t0 = p.lab.scheduler.now();
        p.lab.scheduler.advance(65_000);
        List<InMemoryNetwork.Datagram> ka = p.lab.network.natKeepalives();
        assertEquals(3, ka.size(), "every 20 s of silence");
        assertTrue(ka.stream().allMatch(d -> d.from().equals(new Endpoint(p.a.address, 4500)) && d.to().port() == 4500));
        assertTrue(ka.get(0).time() - t0 <= 20_000 && ka.get(1).time() - ka.get(0).time() == 20_000);
        assertTrue(p.a.debug().stream().anyMatch(l -> l.contains("sending NAT keepalive packet to " + B + ":4500")));
    }

    @Test
    void withoutNatBothSidesStayOnPort500AndPlainEsp() {
        Lab lab = new Lab();
        Lab.Router a = lab.router("10.1.32.14", 1);
        Lab.Router b = lab.router(B, 2);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", B, Optional.empty()));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", "10.1.32.14", Optional.empty()));
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        lab.settle();
        assertTrue(a.debug().stream().anyMatch(l -> l.endsWith("No NAT Found for self or peer")));
        assertTrue(b.debug().stream().anyMatch(l -> l.endsWith("No NAT Found for self or peer")));
        assertTrue(lab.network.sent().stream().allMatch(d -> d.from().port() == 500 && d.to().port() == 500));
        assertEquals("", a.engine.snapshot().ikeSas().get(0).capabilities().replace("D", ""));
        OutboundResult.Protected out = assertInstanceOf(OutboundResult.Protected.class,
                a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 2)));
        assertTrue(out.udp().isEmpty());
        assertFalse(a.engine.snapshot().ipsecSas().get(0).udpEncapsulated());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void disablingNatTransparencyOnEitherSideSendsNoNatDAndNeverFloats(boolean disableInitiator) {
        NatTransparency off = new NatTransparency(false, 0);
        Pair p = disableInitiator ? natPair(off, NatTransparency.DEFAULT) : natPair(NatTransparency.DEFAULT, off);
        establish(p);
        assertTrue(p.lab.network.sent().stream().allMatch(d -> d.from().port() == 500 || d.to().port() == 500 || d.from().port() > 10_000),
                "no float to 4500");
        assertTrue(p.lab.network.sent().stream().noneMatch(d -> plaintextWithNatD(d.payload())), "no NAT-D payloads");
        IsakmpMessage mm2 = decode(p.lab.network.sent().get(1).payload());
        boolean nattVid = mm2.chain().all(Payload.VendorId.class).stream().anyMatch(v -> Arrays.equals(v.data(), VendorIds.NATT_RFC3947));
        assertFalse(nattVid, "the responder does not confirm NAT-T");
        assertEquals(1, p.a.engine.snapshot().ipsecSas().size(), "plain ESP still negotiated");
        assertFalse(p.a.engine.snapshot().ipsecSas().get(0).udpEncapsulated());
        assertFalse(p.a.engine.snapshot().ikeSas().get(0).capabilities().contains("N"));
    }

    @Test
    void draftVendorIdsSelectDraftPayloadTypeAndEncapsulationValues() {
        Phase1Sa probe = new Phase1Sa(Phase1Sa.Role.RESPONDER, Endpoint.ike(Ipv4.parse(B)), Endpoint.ike(Ipv4.parse(PUBLIC)), new byte[8], null);
        assertEquals(" vendor ID is NAT-T v2", VendorIds.recognise(probe, VendorIds.NATT_DRAFT_02N));
        assertEquals(PayloadType.NAT_D_DRAFT, probe.natDType);
        assertEquals(" vendor ID is NAT-T RFC 3947", VendorIds.recognise(probe, VendorIds.NATT_RFC3947));
        assertEquals(" vendor ID is NAT-T v3", VendorIds.recognise(probe, VendorIds.NATT_DRAFT_03));
        assertEquals(PayloadType.NAT_D, probe.natDType, "RFC 3947 wins over drafts in any order");
        probe.natLocal = true;
        assertEquals(QuickModeSupport.ENCAPS_UDP_TUNNEL, QuickModeSupport.encapsulation(org.iosemu.ike.config.EspMode.TUNNEL, probe));
        probe.natDType = PayloadType.NAT_D_DRAFT;
        assertEquals(QuickModeSupport.ENCAPS_UDP_TUNNEL_DRAFT, QuickModeSupport.encapsulation(org.iosemu.ike.config.EspMode.TUNNEL, probe));
        assertEquals(QuickModeSupport.ENCAPS_UDP_TRANSPORT_DRAFT, QuickModeSupport.encapsulation(org.iosemu.ike.config.EspMode.TRANSPORT, probe));
    }

    /**
     * strongSwan with kernel-libipsec (captures A/B/C) announces RFC 3947, sends NAT-D of type 20 in MM3/MM4
     * whose first hash is the real destination and whose own-address hash is faked, and floats to 4500 from MM5.
     */
    @ParameterizedTest
    @ValueSource(strings = {"A-mm-qm-esp-dpd-dut-killed", "B-dut-initiates-peer-killed", "C-aes128-sha256-modp2048-graceful-delete"})
    void strongSwanNatDiscoveryPacketsAreUnderstood(String scenario) throws Exception {
        List<Pcap.Packet> ike = Pcap.read(scenario + ".pcap").stream().filter(Pcap.Packet::isakmp).toList();
        IsakmpMessage mm1 = decode(ike.get(0).data());
        assertTrue(mm1.chain().all(Payload.VendorId.class).stream().anyMatch(v -> Arrays.equals(v.data(), VendorIds.NATT_RFC3947)));
        HashAlgorithm hash = scenario.startsWith("C") ? HashAlgorithm.SHA256 : HashAlgorithm.SHA1;
        for (int i = 2; i <= 3; i++) {
            Pcap.Packet p = ike.get(i);
            IsakmpMessage m = decode(p.data());
            List<Payload.NatD> natd = m.chain().all(Payload.NatD.class);
            assertEquals(2, natd.size(), "MM" + (i + 1) + " carries two NAT-D payloads");
            byte[] dst = NatDiscovery.hash(hash, m.header().initiatorCookie(), m.header().responderCookie(), new Endpoint(Ipv4.parse(p.dst()), p.dport()));
            byte[] src = NatDiscovery.hash(hash, m.header().initiatorCookie(), m.header().responderCookie(), new Endpoint(Ipv4.parse(p.src()), p.sport()));
            // both ends of the reference captures are strongSwan with kernel-libipsec
            assertArrayEquals(dst, natd.get(0).data(), "first NAT-D = the destination as addressed");
            assertFalse(Bytes.same(src, natd.get(1).data()), "libipsec fakes its own hash");
        }
        List<Pcap.Packet> floated = ike.subList(4, ike.size());
        assertTrue(floated.stream().allMatch(p -> p.sport() == 4500 && p.dport() == 4500), "MM5 on: UDP 4500 with the non-ESP marker");
    }

    private static IsakmpMessage decode(byte[] data) {
        try {
            return IsakmpCodec.decode(data);
        } catch (org.iosemu.ike.codec.DecodeException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean plaintextWithNatD(byte[] data) {
        try {
            return !IsakmpCodec.decodeHeader(data).encrypted() && !decode(data).chain().all(Payload.NatD.class).isEmpty();
        } catch (org.iosemu.ike.codec.DecodeException e) {
            throw new AssertionError(e);
        }
    }
}
