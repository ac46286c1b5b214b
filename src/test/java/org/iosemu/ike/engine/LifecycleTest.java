package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.Pcap;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpMessage;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.testing.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** Lifetimes, real strongSwan offers, and the DPD / IOS keepalive decision. */
class LifecycleTest {
    private static final String A = "10.1.32.14";
    private static final String B = "10.2.80.209";

    @Test
    void respondsToARealStrongSwanMainModeOffer() throws Exception {
        VirtualScheduler clock = new VirtualScheduler(0);
        List<byte[]> sent = new ArrayList<>();
        List<String> debug = new ArrayList<>();
        IkeEngine e = new IkeEngine((l, r, p) -> sent.add(p), clock, RandomPort.seeded(9), ev -> debug.add(ev.toString()));
        Ipv4 me = Ipv4.parse("10.99.5.2");
        e.onConfigChanged(Lab.site(me, "10.99.2.0", "10.99.1.0", "10.99.5.1", Optional.empty()));
        Pcap.Packet mm1 = Pcap.read("D-backend-none-udp500-no-natt.pcap").stream().filter(Pcap.Packet::isakmp).findFirst().orElseThrow();
        e.onDatagram(Endpoint.ike(me), Endpoint.ike(Ipv4.parse(mm1.src())), mm1.data());
        assertEquals(1, sent.size());
        IsakmpMessage mm2 = IsakmpCodec.decode(sent.get(0));
        assertEquals(Bytes.hex(IsakmpCodec.decodeHeader(mm1.data()).initiatorCookie()), Bytes.hex(mm2.header().initiatorCookie()));
        var t = mm2.chain().first(Payload.Sa.class).orElseThrow().proposals().get(0).transforms().get(0);
        assertEquals(5, t.attribute(1).orElseThrow().longValue());
        assertTrue(debug.stream().anyMatch(l -> l.contains("vendor ID is DPD")));
        assertTrue(debug.stream().anyMatch(l -> l.contains("vendor ID is NAT-T RFC 3947")));
        assertEquals("MM_SA_SETUP", e.snapshot().ikeSas().get(0).state());
    }

    private Lab.Router[] pair(Lab lab, long ikeLifetime, long ipsecLifetime, Optional<DpdSettings> ka) {
        return pair(lab, ikeLifetime, ipsecLifetime, ipsecLifetime, ka);
    }

    /** {@code ipsecLifetimeB}: B's own IPsec SA lifetime, where it differs from A's. */
    private Lab.Router[] pair(Lab lab, long ikeLifetime, long ipsecLifetime, long ipsecLifetimeB, Optional<DpdSettings> ka) {
        Lab.Router a = lab.router(A, 1);
        Lab.Router b = lab.router(B, 2);
        IkeProposal p = new IkeProposal(1, IkeEncryption.AES192, Phase1Hash.MD5, 5, ikeLifetime);
        for (Lab.Router[] rr : List.of(new Lab.Router[] {a, b}, new Lab.Router[] {b, a})) {
            boolean isA = rr[0] == a;
            IkeConfig c = Lab.site(rr[0].address, isA ? "10.1.1.0" : "10.2.2.0", isA ? "10.2.2.0" : "10.1.1.0",
                    List.of(new PeerCandidate(rr[1].address, false)), ka, List.of(p), Lab.TS_3DES, 0);
            ChildPolicy m = c.cryptoMaps().get(0);
            rr[0].engine.onConfigChanged(new IkeConfig(c.policies(), c.keys(), c.keepalive(), List.of(new ChildPolicy(m.mapName(), m.seq(), m.peers(),
                    m.transformSets(), m.traffic(), 0, isA ? ipsecLifetime : ipsecLifetimeB, m.lifetimeKilobytes(), m.localAddress()))));
        }
        return new Lab.Router[] {a, b};
    }

    private static OutboundResult ping(Lab.Router a) {
        return a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 3));
    }

    @Test
    void ikeLifetimeExpiresAndDeletesOnBothSides() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, 600, 3600, Optional.empty());
        ping(r[0]);
        lab.settle();
        lab.scheduler.advance(200_000);
        assertEquals(400, r[0].engine.snapshot().ikeSas().get(0).remainingSeconds());
        assertEquals(3400, r[0].engine.snapshot().ipsecSas().get(0).remainingSeconds());
        lab.scheduler.advance(400_000);
        assertEquals(0, r[0].engine.snapshot().ikeSas().size());
        assertEquals(0, r[1].engine.snapshot().ikeSas().size());
        assertEquals(1, r[0].engine.snapshot().ipsecSas().size(), "IPsec SAs outlive their IKE SA");
        assertInstanceOf(OutboundResult.Protected.class, ping(r[0]));
    }

    /** `clear crypto session` on A: B receives the DELETE and prints the classic 15.x sample's lines to the end. */
    @Test
    void peersDeleteEndsWithThePeerStructReapedAsInTheSample() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, 86_400, 3600, Optional.empty());
        ping(r[0]);
        lab.settle();
        r[0].engine.clear(org.iosemu.ike.ClearFilter.all(), true, true);
        lab.settle();
        List<String> b = r[1].debug();
        String peerStruct = b.stream().filter(l -> l.endsWith(", refcount 1 for crypto_isakmp_process_block")).findFirst().orElseThrow()
                .replaceAll("ISAKMP: Locking peer struct 0x([0-9A-F]{8}),.*", "$1");
        String node = b.stream().filter(l -> l.contains("deleting node") && l.endsWith("reason \"QM done (await)\"")).findFirst().orElseThrow()
                .replaceAll(".*deleting node (-?\\d+) .*", "$1");
        // A's DELETE of the IPsec SAs came first: its node is held too, as the sample's informational nodes are
        String info = b.stream().filter(l -> l.endsWith("reason \"informational (in) state 1\"")).findFirst().orElseThrow()
                .replaceAll(".*deleting node (-?\\d+) .*", "$1");
        int paranoid = b.indexOf("ISAKMP:(1001):peer does not do paranoid keepalives.\n");
        assertTrue(paranoid > 0, String.join("\n", b));
        String delete = b.get(paranoid - 1).replaceAll(".*message ID = (-?\\d+)", "$1");
        assertEquals(List.of(
                "ISAKMP:(1001):peer does not do paranoid keepalives.\n",
                "ISAKMP:(1001):deleting SA reason \"No reason\" state (R) QM_IDLE       (peer " + A + ")",
                "ISAKMP:(1001):deleting node " + delete + " error FALSE reason \"informational (in) state 1\"\n",
                "ISAKMP:(1001):Input = IKE_MESG_INTERNAL, IKE_PHASE1_DEL",
                "ISAKMP:(1001):Old State = IKE_P1_COMPLETE  New State = IKE_DEST_SA \n",
                "ISAKMP:(1001):deleting SA reason \"No reason\" state (R) QM_IDLE       (peer " + A + ") ",
                "ISAKMP: Unlocking peer struct 0x" + peerStruct + " for isadb_mark_sa_deleted(), count 0",
                "ISAKMP: Deleting peer node by peer_reap for " + A + ": " + peerStruct,
                "ISAKMP:(1001):deleting node " + node + " error FALSE reason \"IKE deleted\"",
                "ISAKMP:(1001):deleting node " + info + " error FALSE reason \"IKE deleted\"",
                "ISAKMP:(1001):deleting node " + delete + " error FALSE reason \"IKE deleted\"",
                "ISAKMP:(1001):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH",
                "ISAKMP:(1001):Old State = IKE_DEST_SA  New State = IKE_DEST_SA \n"), b.subList(paranoid, paranoid + 13));
    }

    @Test
    void ipsecLifetimeExpiryTriggersNewQuickModeOnSameIkeSa() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, 86_400, 120, Optional.empty());
        ping(r[0]);
        lab.settle();
        int spi = r[0].engine.snapshot().ipsecSas().get(0).spiIn();
        lab.scheduler.advance(120_000);
        assertEquals(0, r[0].engine.snapshot().ipsecSas().size());
        assertInstanceOf(OutboundResult.DroppedSaPending.class, ping(r[0]));
        lab.settle();
        assertEquals(1, r[0].engine.snapshot().ikeSas().size());
        assertEquals(1001, r[0].engine.snapshot().ikeSas().get(0).connId());
        assertTrue(spi != r[0].engine.snapshot().ipsecSas().get(0).spiIn());
        assertInstanceOf(OutboundResult.Protected.class, ping(r[0]));
    }

    /**
     * A tunnel with a 120 s IPsec lifetime kept busy with one protected echo a second for 200 s (every one of them
     * protected, through the rekey); the first SA's inbound SPI.
     */
    private static int pingEverySecondFor200Seconds(Lab lab, Lab.Router initiator) {
        ping(initiator);
        lab.settle();
        int firstSpi = initiator.engine.snapshot().ipsecSas().get(0).spiIn();
        for (int second = 1; second <= 200; second++) {
            lab.scheduler.advance(1_000);
            assertInstanceOf(OutboundResult.Protected.class, ping(initiator), "second " + second);
        }
        return firstSpi;
    }

    @Test
    void busyTunnelIsRekeyedBeforeExpiryWithoutLoss() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, 86_400, 120, Optional.empty());
        int firstSpi = pingEverySecondFor200Seconds(lab, r[0]);
        List<Integer> spis = r[0].engine.snapshot().ipsecSas().stream().map(s -> s.spiIn()).toList();
        assertTrue(!spis.contains(firstSpi), "the first SA expired after its replacement took over");
        assertEquals(1, r[0].engine.snapshot().ikeSas().size());
    }

    /**
     * IOS's `#pkts encaps` of a flow go on across rekeys: when the first SA runs out its count stays with the flow,
     * so 200 protected echoes over two SA generations show as 200, and the flow has one SA pair left.
     */
    @Test
    void flowCountersAreCumulativeAcrossARekey() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, 86_400, 120, Optional.empty());
        int firstSpi = pingEverySecondFor200Seconds(lab, r[0]);
        List<org.iosemu.ike.IkeSnapshot.IpsecSa> sas = r[0].engine.snapshot().ipsecSas();
        assertTrue(sas.stream().noneMatch(s -> s.spiIn() == firstSpi), "the first SA is gone");
        assertEquals(200, sas.stream().mapToLong(org.iosemu.ike.IkeSnapshot.IpsecSa::encaps).sum());
        assertEquals(200, sas.stream().mapToLong(org.iosemu.ike.IkeSnapshot.IpsecSa::encrypt).sum());
        r[0].engine.clear(org.iosemu.ike.ClearFilter.all(), true, true);
        ping(r[0]);
        lab.settle();
        ping(r[0]);
        assertEquals(1, r[0].engine.snapshot().ipsecSas().stream().mapToLong(org.iosemu.ike.IkeSnapshot.IpsecSa::encaps).sum(),
                "a cleared flow starts again from zero");
    }

    /**
     * The responder's IPsec lifetime (1200 s) is shorter than the initiator proposes (3600 s): it says so with a
     * RESPONDER-LIFETIME notification in QM2, and both sides install 1200 s, so neither SA outlives the other.
     */
    @Test
    void aShorterResponderLifetimeIsNotifiedAndAdoptedByTheInitiator() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, 86_400, 3600, 1200, Optional.empty());
        ping(r[0]);
        lab.settle();
        assertEquals(1200, r[1].engine.snapshot().ipsecSas().get(0).remainingSeconds());
        assertEquals(1200, r[0].engine.snapshot().ipsecSas().get(0).remainingSeconds(), "the initiator took the responder's");
        assertTrue(r[0].debug().stream().anyMatch(l -> l.equals("ISAKMP:(1001):responder lifetime of 1200s")), String.join("\n", r[0].debug()));
    }

    /** Rewrites a vendor ID in transit (VIDs are not covered by HASH_I/HASH_R). */
    private static void hideVendorIds(Lab lab, byte[]... vids) {
        lab.network.setDropFilter(d -> {
            byte[] p = d.payload();
            for (byte[] vid : vids) {
                for (int i = 0; i + vid.length <= p.length; i++) {
                    if (java.util.Arrays.equals(p, i, i + vid.length, vid, 0, vid.length)) {
                        p[i] ^= 0x55;
                    }
                }
            }
            return false;
        });
    }

    @Test
    void peerWithoutDpdButUnityGetsIosKeepalives() {
        Lab lab = new Lab();
        hideVendorIds(lab, VendorIds.DPD);
        Lab.Router[] r = pair(lab, 86_400, 3600, Optional.of(DpdSettings.periodic(10, 2)));
        ping(r[0]);
        lab.settle();
        assertTrue(r[0].debug().contains("ISAKMP:(1001):peer is an IOS box without DPD, using IOS keepalives"));
        assertEquals("K", r[0].engine.snapshot().ikeSas().get(0).capabilities());
    }

    @Test
    void peerWithoutDpdOrUnityIsNotProbed() {
        Lab lab = new Lab();
        hideVendorIds(lab, VendorIds.DPD, VendorIds.UNITY);
        Lab.Router[] r = pair(lab, 86_400, 3600, Optional.of(DpdSettings.periodic(10, 2)));
        ping(r[0]);
        lab.settle();
        lab.scheduler.advance(60_000);
        assertTrue(r[0].debug().contains("ISAKMP:(1001):peer supports neither DPD nor IOS keepalives, keepalives disabled"));
        assertEquals(0, r[0].debugTimed("IKE_TIMER_IM_ALIVE").size());
    }
}
