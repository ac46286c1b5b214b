package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.DpdMode;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.junit.jupiter.api.Test;

/** Dead peer detection timing and debug text on virtual time, asserted to the millisecond. */
class DpdTest {
    private static final String A = "10.1.32.14";
    private static final String B = "10.2.80.209";
    private static final long T0 = Lab.START;

    private Lab lab;
    private Lab.Router a;
    private Lab.Router b;

    private void setUp(Optional<DpdSettings> kaA, Optional<DpdSettings> kaB) {
        setUp(kaA, kaB, 0);
    }

    private void setUp(Optional<DpdSettings> kaA, Optional<DpdSettings> kaB, long latencyMillis) {
        lab = new Lab(latencyMillis);
        a = lab.router(A, 11);
        b = lab.router(B, 22);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", B, kaA));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", A, kaB));
        send(a, "10.1.1.1", "10.2.2.1");
        if (latencyMillis == 0) {
            lab.settle();
        } else {
            lab.scheduler.runUntil(T0 + 20 * latencyMillis);
        }
        assertEquals(1, a.engine.snapshot().ipsecSas().size());
    }

    private OutboundResult send(Lab.Router r, String src, String dst) {
        return r.engine.outbound(Ipv4.parse(src), Ipv4.parse(dst), Lab.icmp(src, dst, 7));
    }

    private static List<Long> times(Lab.Router r, String text) {
        return r.debugTimed(text).stream().map(Lab.Timed::time).toList();
    }

    private static List<Long> expected(long... offsets) {
        List<Long> out = new ArrayList<>();
        for (long o : offsets) {
            out.add(T0 + o);
        }
        return out;
    }

    private static List<Integer> sequences(Lab.Router r, String prefix) {
        Pattern p = Pattern.compile(Pattern.quote(prefix) + " received from peer [0-9.]+, sequence 0x([0-9A-F]+)$");
        List<Integer> out = new ArrayList<>();
        for (String line : r.debug()) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                out.add(Integer.parseInt(m.group(1), 16));
            }
        }
        return out;
    }

    /** The one group of the one line that matches {@code regex}. */
    private static String only(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        List<String> found = lines.stream().map(p::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
        assertEquals(1, found.size(), regex + " in " + found);
        return found.get(0);
    }

    @Test
    void periodicTenSecondsProbesWithoutTrafficAndPeerWithoutKeepaliveOnlyAnswers() {
        setUp(Optional.of(DpdSettings.periodic(10, 2)), Optional.empty());
        assertTrue(a.debug().contains("ISAKMP:(1001):IKE_DPD is enabled, initializing timers"));
        lab.scheduler.runUntil(T0 + 45_000);
        assertEquals(expected(10_000, 20_000, 30_000, 40_000), times(a, "Input = IKE_MESG_FROM_TIMER, IKE_TIMER_IM_ALIVE"));
        assertEquals(expected(10_000, 20_000, 30_000, 40_000), times(a, "DPD/R_U_THERE_ACK received from peer 10.2.80.209"));
        assertEquals(expected(10_000, 20_000, 30_000, 40_000), times(b, "DPD/R_U_THERE received from peer 10.1.32.14"));
        assertEquals(List.of(), times(b, "IKE_TIMER_IM_ALIVE"), "no keepalive configured: never probes");
        List<Integer> seq = sequences(a, "DPD/R_U_THERE_ACK");
        for (int i = 1; i < seq.size(); i++) {
            assertEquals(seq.get(i - 1) + 1, seq.get(i));
        }
        assertEquals(seq, sequences(b, "DPD/R_U_THERE"), "ACK echoes the probe's sequence");
        assertEquals(0, times(a, "PEERS_ALIVE_TIMER").size());
        assertEquals(1, a.engine.snapshot().ikeSas().size());
        assertEquals("D", a.engine.snapshot().ikeSas().get(0).capabilities());
    }

    @Test
    void probeAndAckDebugTextFollowsTheSeedChapter() {
        setUp(Optional.of(DpdSettings.periodic(10, 2)), Optional.empty());
        lab.scheduler.runUntil(T0 + 10_000);
        List<String> lines = a.events.stream().filter(t -> t.time() == T0 + 10_000).map(t -> t.event().toString()).toList();
        List<String> debug = a.debug();
        int i = debug.indexOf("ISAKMP:(1001):Input = IKE_MESG_FROM_TIMER, IKE_TIMER_IM_ALIVE");
        assertTrue(i > 3, lines.toString());
        assertTrue(debug.get(i - 3).matches("ISAKMP: set new node -?\\d+ to QM_IDLE {6}"), debug.get(i - 3));
        assertEquals("ISAKMP:(1001): sending packet to 10.2.80.209 my_port 500 peer_port 500 (I) QM_IDLE      ", debug.get(i - 2));
        assertTrue(debug.get(i - 1).matches("ISAKMP:\\(1001\\):purging node -?\\d+"));
        assertEquals("ISAKMP:(1001):Old State = IKE_P1_COMPLETE  New State = IKE_P1_COMPLETE \n", debug.get(i + 1), "trailing blank, then an empty line");
        int r = i + debug.subList(i, debug.size()).indexOf("ISAKMP (0:1001): received packet from 10.2.80.209 dport 500 sport 500 Global (I) QM_IDLE      ");
        assertTrue(r > i, String.join("\n", debug.subList(i - 3, debug.size())));
        String node = debug.get(r + 1).replaceAll("ISAKMP: set new node (-?\\d+) to QM_IDLE {6}", "$1");
        assertEquals("ISAKMP:(1001): processing HASH payload. message ID = " + node, debug.get(r + 2));
        assertTrue(debug.get(r + 3).matches("ISAKMP:\\(1001\\): processing NOTIFY R_U_THERE_ACK protocol 1\n {8}spi 0, message ID = "
                + node + ", sa = [0-9A-F]{8}"), "one message, its second line without prefix: " + debug.get(r + 3));
        assertEquals("ISAKMP:(1001): DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence 0x1", debug.get(r + 4), "the first probe of an SA is 0x1");
        assertEquals("ISAKMP:(1001):deleting node " + node + " error FALSE reason \"informational (in) state 1\"", debug.get(r + 5));
        assertEquals("ISAKMP:(1001):Input = IKE_MESG_FROM_PEER, IKE_INFO_NOTIFY", debug.get(r + 6));
        assertEquals("ISAKMP:(1001):Old State = IKE_P1_COMPLETE  New State = IKE_P1_COMPLETE \n", debug.get(r + 7));
    }

    /**
     * Both sides periodic, 1 ms between them (the chapter: a hello every 10 s "unless, of course, the router
     * receives a hello message from the peer"). The peer's R_U_THERE restarts the count as an acknowledged probe
     * does, and a hello arriving in the very millisecond a count runs out is taken first. B's SA is up at +5 ms,
     * A's at +6 ms: B probes at 10.005, its hello reaches A at 10.006 just as A's count ends, so A stays silent
     * and counts from there; B's count restarts with A's ACK at 10.007, so A's next hello (20.006) reaches B as
     * B's count ends, and so on: the probes take turns, one exchange on the link every 10 s.
     */
    @Test
    void bothSidesPeriodicRouterThatJustHeardThePeerDoesNotSendItsOwn() {
        setUp(Optional.of(DpdSettings.periodic(10, 2)), Optional.of(DpdSettings.periodic(10, 2)), 1);
        assertEquals(expected(6), times(a, "IKE_DPD is enabled"));
        assertEquals(expected(5), times(b, "IKE_DPD is enabled"));
        lab.scheduler.runUntil(T0 + 65_000);
        assertEquals(expected(10_005, 30_007, 50_009), times(b, "IKE_TIMER_IM_ALIVE"));
        assertEquals(expected(10_006, 30_008, 50_010), times(a, "DPD/R_U_THERE received from peer"));
        assertEquals(expected(20_006, 40_008, 60_010), times(a, "IKE_TIMER_IM_ALIVE"), "not at 10.006: B's hello had just arrived");
        assertEquals(expected(20_007, 40_009, 60_011), times(b, "DPD/R_U_THERE received from peer"));
        assertEquals(expected(10_007, 30_009, 50_011), times(b, "DPD/R_U_THERE_ACK received"));
        assertEquals(expected(20_008, 40_010, 60_012), times(a, "DPD/R_U_THERE_ACK received"));
        assertEquals(List.of(1, 2, 3), sequences(a, "DPD/R_U_THERE_ACK"));
        assertEquals(List.of(1, 2, 3), sequences(b, "DPD/R_U_THERE_ACK"));
    }

    /** Without the peer's hello the count runs out as before: a periodic router whose peer only answers probes alone. */
    @Test
    void peerHelloRestartsTheCountOnlyOnThePeriodicSide() {
        setUp(Optional.of(DpdSettings.periodic(10, 2)), Optional.of(DpdSettings.onDemand(10)), 1);
        lab.scheduler.runUntil(T0 + 35_000);
        assertEquals(expected(10_006, 20_008, 30_010), times(a, "IKE_TIMER_IM_ALIVE"));
        assertEquals(List.of(), times(b, "IKE_TIMER_IM_ALIVE"), "on-demand without traffic never probes");
    }

    /** `keepalive 30 20 periodic`: probe at T, retries T+20..T+80 s, dead at T+100 s. */
    @Test
    void thirtyTwentyPeriodicDeclaresSilentPeerDeadAfterFiveSends() {
        setUp(Optional.of(DpdSettings.periodic(30, 20)), Optional.empty());
        int spiIn = a.engine.snapshot().ipsecSas().get(0).spiIn();
        lab.scheduler.runUntil(T0 + 30_000);
        assertEquals(expected(30_000), times(a, "DPD/R_U_THERE_ACK received"));
        long t = T0 + 60_000;
        // the peer still receives probes but every answer is lost
        lab.network.setDropFilter(d -> d.from().ip().equals(b.address));
        lab.scheduler.runUntil(t + 200_000);
        assertEquals(expected(30_000, 60_000), times(a, "Input = IKE_MESG_FROM_TIMER, IKE_TIMER_IM_ALIVE"));
        assertEquals(expected(80_000, 100_000, 120_000, 140_000), times(a, "Input = IKE_MESG_FROM_TIMER, IKE_TIMER_PEERS_ALIVE").subList(0, 4));
        assertEquals(expected(80_000, 100_000, 120_000, 140_000, 160_000), times(a, "incrementing error counter on sa: PEERS_ALIVE_TIMER"));
        assertEquals(expected(160_000), times(a, "peer 10.2.80.209 not responding!"));
        List<Integer> seq = sequences(b, "DPD/R_U_THERE");
        assertEquals(6, seq.size(), "one acknowledged probe, then one send and four retransmissions");
        for (int i = 1; i < seq.size(); i++) {
            assertEquals(seq.get(i - 1) + 1, seq.get(i), "IOS increments the sequence on every send");
        }
        List<String> debug = a.debug();
        int dead = debug.indexOf("ISAKMP:(1001):peer 10.2.80.209 not responding!");
        assertEquals("ISAKMP:(1001):incrementing error counter on sa: PEERS_ALIVE_TIMER", debug.get(dead - 1));
        // every node was purged 50 s after its delete (the quick mode's at +50 s, the one ACK's at +80 s): none left to list
        String qmNode = only(debug, "ISAKMP:\\(1001\\):beginning Quick Mode exchange, M-ID of (-?\\d+)");
        assertEquals(expected(50_000), times(a, "ISAKMP:(1001):purging node " + qmNode));
        String peerStruct = only(debug, "ISAKMP: Locking peer struct 0x([0-9A-F]{8}), refcount 1 for isakmp_initiator");
        String deleteNode = debug.get(dead + 4).replaceAll("ISAKMP: set new node (-?\\d+) to QM_IDLE {6}", "$1");
        List<String> tail = new ArrayList<>(debug.subList(dead, debug.size()));
        assertEquals(List.of(
                "ISAKMP:(1001):peer 10.2.80.209 not responding!",
                "ISAKMP:(1001):peer does not do paranoid keepalives.\n",
                "ISAKMP:(1001):deleting SA reason \"peers alive\" state (I) QM_IDLE       (peer 10.2.80.209) input queue 0",
                "ISAKMP: Unlocking IPSEC struct 0x" + peerStruct + " from delete_siblings, count 0",
                "ISAKMP: set new node " + deleteNode + " to QM_IDLE      ",
                "ISAKMP:(1001): sending packet to 10.2.80.209 my_port 500 peer_port 500 (I) QM_IDLE      ",
                "ISAKMP:(1001):purging node " + deleteNode,
                "ISAKMP:(1001):Input = IKE_MESG_FROM_TIMER, IKE_TIMER_PEERS_ALIVE",
                "ISAKMP:(1001):Old State = IKE_P1_COMPLETE  New State = IKE_DEST_SA \n",
                "ISAKMP:(1001):deleting SA reason \"peers alive\" state (I) QM_IDLE       (peer 10.2.80.209) input queue 0",
                "ISAKMP: Unlocking IKE struct 0x" + peerStruct + " for isadb_mark_sa_deleted(), count 0",
                "ISAKMP: Deleting peer node by peer_reap for 10.2.80.209: " + peerStruct,
                "ISAKMP:(1001):Input = IKE_MESG_INTERNAL, IKE_PHASE1_DEL",
                "ISAKMP:(1001):Old State = IKE_DEST_SA  New State = IKE_DEST_SA \n",
                "ISAKMP: received ke message (4/1)",
                "ISAKMP: received ke message (3/1)",
                String.format("ISAKMP: ignoring request to send delete notify (no ISAKMP sa) src 10.1.32.14 dst 10.2.80.209 for SPI 0x%08X", spiIn),
                "ISAKMP:(1001):deleting SA reason \"\" state (I) MM_NO_STATE (peer 10.2.80.209) input queue 0",
                "ISAKMP:(1001):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH",
                "ISAKMP:(1001):Old State = IKE_DEST_SA  New State = IKE_DEST_SA \n"), tail, "the seed chapter's dead-peer sequence to its end");
        assertTrue(debug.stream().noneMatch(l -> l.contains("sa = " + peerStruct)), "the SA and its peer struct are different structs");
        assertEquals(List.of("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer 10.2.80.209:500       Id: 10.2.80.209",
                "%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 10.2.80.209:500 Id: 10.2.80.209"), a.syslog());
        assertEquals(0, a.engine.snapshot().ikeSas().size());
        assertEquals(0, a.engine.snapshot().ipsecSas().size());
    }

    /** Default retry 2 s as in the seed log: first probe at T, dead at T+10 s. */
    @Test
    void defaultRetryMatchesSeedTimeline() {
        setUp(Optional.of(DpdSettings.periodic(10, DpdSettings.DEFAULT_RETRY)), Optional.empty());
        lab.network.setDown(b.address, true);
        lab.scheduler.runUntil(T0 + 30_000);
        assertEquals(expected(10_000), times(a, "IKE_TIMER_IM_ALIVE"));
        assertEquals(expected(12_000, 14_000, 16_000, 18_000, 20_000), times(a, "incrementing error counter on sa: PEERS_ALIVE_TIMER"));
        assertEquals(expected(20_000), times(a, "not responding!"));
        // the quick mode's node, deleted at the start, is still held (purged only after 50 s): listed twice
        String qmNode = only(a.debug(), "ISAKMP:\\(1001\\):beginning Quick Mode exchange, M-ID of (-?\\d+)");
        assertEquals(expected(20_000), times(a, "ISAKMP:(1001):deleting node " + qmNode + " error TRUE reason \"peers alive\""));
        assertEquals(expected(20_000), times(a, "ISAKMP:(1001):deleting node " + qmNode + " error FALSE reason \"\""));
        assertEquals(List.of(), times(a, "purging node " + qmNode), "no purge of a node whose SA is gone");
    }

    @Test
    void onDemandSendsNothingWithoutTrafficAndProbesWhenTrafficMeetsSilence() {
        setUp(Optional.of(DpdSettings.onDemand(10)), Optional.empty());
        lab.scheduler.runUntil(T0 + 60_000);
        assertEquals(List.of(), times(a, "IKE_TIMER_IM_ALIVE"), "no traffic, no probe");
        assertInstanceOf(OutboundResult.Protected.class, send(a, "10.1.1.1", "10.2.2.1"));
        lab.settle();
        assertEquals(expected(60_000), times(a, "IKE_TIMER_IM_ALIVE"), "traffic after 60 s of silence triggers a probe");
        assertEquals(expected(60_000), times(a, "DPD/R_U_THERE_ACK received"));
        lab.scheduler.runUntil(T0 + 65_000);
        send(a, "10.1.1.1", "10.2.2.1");
        lab.settle();
        assertEquals(1, times(a, "IKE_TIMER_IM_ALIVE").size(), "peer heard from 5 s ago: no probe");
        lab.network.setDown(b.address, true);
        lab.scheduler.runUntil(T0 + 80_000);
        send(a, "10.1.1.1", "10.2.2.1");
        lab.scheduler.runUntil(T0 + 100_000);
        assertEquals(expected(60_000, 80_000), times(a, "IKE_TIMER_IM_ALIVE"));
        assertEquals(expected(90_000), times(a, "not responding!"));
    }

    @Test
    void noKeepaliveNeverProbesButAnswersPeer() {
        setUp(Optional.empty(), Optional.of(new DpdSettings(15, 5, DpdMode.PERIODIC)));
        lab.scheduler.runUntil(T0 + 100_000);
        assertEquals(List.of(), times(a, "IKE_TIMER_IM_ALIVE"));
        assertEquals(6, times(a, "DPD/R_U_THERE received from peer 10.2.80.209").size());
        assertEquals(expected(15_000, 30_000, 45_000, 60_000, 75_000, 90_000), times(b, "DPD/R_U_THERE_ACK received"));
    }

    /** A peer that reloads (shutdown) goes silent without DELETE; DPD notices, and the new instance re-keys. */
    @Test
    void reloadedPeerIsDetectedAndNewTunnelComesUp() {
        setUp(Optional.of(DpdSettings.periodic(10, 2)), Optional.empty());
        b.engine.shutdown();
        lab.scheduler.runUntil(T0 + 25_000);
        assertEquals(expected(20_000), times(a, "not responding!"));
        Lab.Router b2 = lab.router(B, 33);
        b2.engine.onConfigChanged(Lab.site(b2.address, "10.2.2.0", "10.1.1.0", A, Optional.empty()));
        assertInstanceOf(OutboundResult.DroppedSaPending.class, send(a, "10.1.1.1", "10.2.2.1"));
        lab.settle();
        assertInstanceOf(OutboundResult.Protected.class, send(a, "10.1.1.1", "10.2.2.1"));
        assertEquals(1002, a.engine.snapshot().ikeSas().get(0).connId());
    }

    @Test
    void staleAckIsIgnored() {
        setUp(Optional.of(DpdSettings.periodic(10, 2)), Optional.empty());
        List<InMemoryNetwork.Datagram> held = new ArrayList<>();
        lab.network.setDropFilter(d -> {
            if (d.from().ip().equals(b.address) && held.isEmpty()) {
                held.add(d);
                return true;
            }
            return false;
        });
        lab.scheduler.runUntil(T0 + 12_000);
        assertEquals(expected(12_000), times(a, "DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence"));
        InMemoryNetwork.Datagram stale = held.get(0);
        a.engine.onDatagram(stale.to(), stale.from(), stale.payload());
        assertTrue(a.debug().get(a.debug().size() - 4).endsWith("not outstanding, ignored"), a.debug().toString());
        lab.scheduler.runUntil(T0 + 40_000);
        assertEquals(0, times(a, "not responding").size());
    }

    @Test
    void failoverWalksThePeerListAndWraps() {
        lab = new Lab();
        a = lab.router("10.0.0.100", 5);
        List<Lab.Router> peers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Lab.Router p = lab.router("10.0.0." + i, 100 + i);
            p.engine.onConfigChanged(Lab.site(p.address, "10.2.2.0", "10.1.1.0", "10.0.0.100", Optional.empty()));
            peers.add(p);
        }
        List<PeerCandidate> list = List.of(PeerCandidate.of("10.0.0.1"), PeerCandidate.of("10.0.0.2"), PeerCandidate.of("10.0.0.3"));
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", list, Optional.of(DpdSettings.periodic(10, 2)), List.of(Lab.POLICY_3DES), Lab.TS_3DES, 0));
        List<String> order = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            String current = a.engine.snapshot().currentPeers().get(0).peer().toString();
            order.add(current);
            assertInstanceOf(OutboundResult.DroppedSaPending.class, send(a, "10.1.1.1", "10.2.2.1"), "first packet is lost while IKE runs");
            lab.settle();
            OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class, send(a, "10.1.1.1", "10.2.2.1"));
            assertEquals(current, p.peer().toString());
            lab.network.setDown(Ipv4.parse(current), true);
            lab.scheduler.advance(30_000);
            lab.network.setDown(Ipv4.parse(current), false);
            peers.forEach(r -> r.engine.clear(org.iosemu.ike.ClearFilter.all(), true, true));
            lab.settle();
        }
        assertEquals(List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.1"), order);
    }

    @Test
    void failoverReturnsToDefaultPeerFirst() {
        lab = new Lab();
        a = lab.router("10.0.0.100", 5);
        for (int i = 1; i <= 3; i++) {
            Lab.Router p = lab.router("10.0.0." + i, 100 + i);
            p.engine.onConfigChanged(Lab.site(p.address, "10.2.2.0", "10.1.1.0", "10.0.0.100", Optional.empty()));
        }
        List<PeerCandidate> list = List.of(new PeerCandidate(Ipv4.parse("10.0.0.1"), true), PeerCandidate.of("10.0.0.2"), PeerCandidate.of("10.0.0.3"));
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", list, Optional.of(DpdSettings.periodic(10, 2)), List.of(Lab.POLICY_3DES), Lab.TS_3DES, 0));
        List<String> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            String current = a.engine.snapshot().currentPeers().get(0).peer().toString();
            order.add(current);
            send(a, "10.1.1.1", "10.2.2.1");
            lab.settle();
            lab.network.setDown(Ipv4.parse(current), true);
            lab.scheduler.advance(30_000);
            lab.network.setDown(Ipv4.parse(current), false);
        }
        assertEquals(List.of("10.0.0.1", "10.0.0.2", "10.0.0.1"), order);
    }
}
