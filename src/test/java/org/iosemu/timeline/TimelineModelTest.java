package org.iosemu.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.Proposal;
import org.junit.jupiter.api.Test;

/** The model `lab timeline` draws: naming, ordering, retransmissions, losses, ESP bursts, the window. */
class TimelineModelTest {

    private final WireLog log = new WireLog();
    private final WireScript wire = new WireScript(log);

    private Timeline all() {
        return Timeline.of(log.snapshot(), List.of("A", "B"), new Window(0, Long.MAX_VALUE));
    }

    private static List<String> labels(Timeline t) {
        return t.messages().stream().map(m -> m.sender() + ">" + m.receiver() + " " + m.label() + (m.retransmission() ? " (re)" : "")
                + (m.allLost() ? " (lost)" : "")).toList();
    }

    /** Main Mode with MM1..MM6 from A, MM5 lost once and sent again by A ten seconds later. */
    private void mainModeWithLostMm5() {
        for (int n = 1; n <= 4; n++) {
            String from = n % 2 == 1 ? "A" : "B";
            wire.arrives(wire.ike(from, from.equals("A") ? "B" : "A", n, WireScript.isakmp(ExchangeType.IDENTITY_PROTECTION, 0, n > 1, n)), n);
        }
        byte[] mm5 = WireScript.isakmp(ExchangeType.IDENTITY_PROTECTION, 0, true, 5);
        log.lost(wire.ike("A", "B", 5, mm5), "B is powered off", 6);
        wire.arrives(wire.ike("A", "B", 10_005, mm5.clone()), 10_005);
        wire.arrives(wire.ike("B", "A", 10_006, WireScript.isakmp(ExchangeType.IDENTITY_PROTECTION, 0, true, 6)), 10_006);
    }

    @Test
    void mainModeMessagesAreNumberedAndTheResentOneIsARetransmission() {
        mainModeWithLostMm5();
        assertEquals(List.of("A>B MM1", "B>A MM2", "A>B MM3", "B>A MM4", "A>B MM5 (lost)", "A>B MM5 (re)", "B>A MM6"), labels(all()));
        Message lost = all().messages().get(4);
        assertEquals("B is powered off", lost.lostReason());
        assertEquals(-1, lost.arrivedAt());
        assertEquals(10_006, all().messages().get(5).arrivedAt());
    }

    @Test
    void quickModeIsNumberedPerMessageId() {
        int[] ids = {0x1111, 0x2222};
        for (int id : ids) {
            for (int n = 1; n <= 3; n++) {
                String from = n == 2 ? "B" : "A";
                wire.ike(from, from.equals("A") ? "B" : "A", id + n, WireScript.isakmp(ExchangeType.QUICK_MODE, id, true, id * 10 + n));
            }
        }
        assertEquals(List.of("A>B QM1", "B>A QM2", "A>B QM3", "A>B QM1", "B>A QM2", "A>B QM3"), labels(all()));
        assertTrue(all().messages().stream().allMatch(m -> m.category() == Category.QUICK_MODE));
    }

    @Test
    void sameBytesFromTheOtherRouterAreNotARetransmission() {
        byte[] same = WireScript.isakmp(ExchangeType.QUICK_MODE, 7, true, 1);
        wire.ike("A", "B", 1, same);
        wire.ike("B", "A", 2, same.clone());
        assertEquals(List.of("A>B QM1", "B>A QM2"), labels(all()));
    }

    @Test
    void dpdProbesAreNamedFromTheSendersReportAndAnUnansweredProbesSuccessorIsARetransmission() {
        wire.arrives(wire.informational("A", "B", 10_000, 101, WireScript.rUThere(1)), 10_000);
        wire.arrives(wire.informational("B", "A", 10_001, 102, WireScript.ack(1)), 10_001);
        // B goes quiet: A's next probe and the ones after it are retries
        log.lost(wire.informational("A", "B", 20_002, 103, WireScript.rUThere(2)), "B is powered off", 20_003);
        // B is back for seq 3, but its answer is slow to arrive, after A has sent seq 4: seq 4 is still a retry, seq 5 is not
        wire.arrives(wire.informational("A", "B", 22_002, 104, WireScript.rUThere(3)), 22_002);
        long late = wire.informational("B", "A", 22_500, 105, WireScript.ack(3));
        wire.arrives(wire.informational("A", "B", 24_002, 106, WireScript.rUThere(4)), 24_002);
        log.arrived(late, 24_100);
        wire.arrives(wire.informational("B", "A", 24_003, 107, WireScript.ack(4)), 24_003);
        wire.arrives(wire.informational("A", "B", 34_004, 108, WireScript.rUThere(5)), 34_004);
        assertEquals(List.of("A>B R_U_THERE seq 1", "B>A R_U_THERE_ACK seq 1", "A>B R_U_THERE seq 2 (lost)",
                "A>B R_U_THERE seq 3 (re)", "B>A R_U_THERE_ACK seq 3", "A>B R_U_THERE seq 4 (re)",
                "B>A R_U_THERE_ACK seq 4", "A>B R_U_THERE seq 5"), labels(all()));
        assertTrue(all().messages().stream().allMatch(m -> m.category() == Category.DPD));
    }

    @Test
    void deletesAndUnreportedInformationalsAreNamed() {
        wire.informational("A", "B", 1, 201, new Payload.Delete(1, Proposal.PROTO_ESP, 4, List.of(new byte[] {0x12, 0x34, 0x56, 0x78})));
        wire.informational("A", "B", 2, 202, new Payload.Delete(1, Proposal.PROTO_ISAKMP, 16, List.of(new byte[16])));
        wire.ike("B", "A", 3, WireScript.isakmp(ExchangeType.INFORMATIONAL, 203, true, 3)); // nobody reported it
        wire.ike("B", "A", 4, new byte[] {1, 2, 3}); // not ISAKMP at all
        Timeline t = all();
        assertEquals(List.of("A>B DELETE IPsec SA 0x12345678", "A>B DELETE ISAKMP SA", "B>A INFORMATIONAL", "B>A ISAKMP (undecodable)"), labels(t));
        assertEquals(List.of(Category.DELETE, Category.DELETE, Category.INFORMATIONAL, Category.OTHER_IKE),
                t.messages().stream().map(Message::category).toList());
    }

    @Test
    void espIsFoldedIntoBurstsPerDirectionAndSa() {
        for (int i = 0; i < 5; i++) {
            wire.arrives(wire.esp("A", "B", 1000 + 2 * i, 0xAAAA0001, i + 1), 1000 + 2 * i);
            wire.arrives(wire.esp("B", "A", 1001 + 2 * i, 0xBBBB0001, i + 1), 1001 + 2 * i);
        }
        // a pause of more than a second starts a new burst; one of its two packets is lost
        log.lost(wire.esp("A", "B", 5000, 0xAAAA0001, 6), "B is powered off", 5001);
        wire.arrives(wire.esp("A", "B", 5002, 0xAAAA0001, 7), 5002);
        Timeline t = all();
        assertEquals(List.of("A>B ESP \u00d75 SPI 0xAAAA0001", "B>A ESP \u00d75 SPI 0xBBBB0001", "A>B ESP \u00d72 SPI 0xAAAA0001 (1 lost)"), labels(t));
        Message first = t.messages().get(0);
        assertEquals(1000, first.sentAt());
        assertEquals(1008, first.lastSentAt());
        assertEquals(12, t.packetCount());
        assertEquals(1, t.messages().get(2).lost());
        assertFalse(t.messages().get(2).allLost());
    }

    @Test
    void theWindowKeepsWhatWasSentInsideItInOrderAndRetransmissionsStayMarked() {
        mainModeWithLostMm5();
        log.note("A", 7_000, NoteKind.POWER, "B powered off");
        log.note("A", 20_000, NoteKind.DEAD_PEER, "too late");
        Timeline t = Timeline.of(log.snapshot(), List.of("A", "B"), new Window(3, 10_005));
        assertEquals(List.of("A>B MM3", "B>A MM4", "A>B MM5 (lost)", "A>B MM5 (re)"), labels(t));
        assertEquals(List.of("B powered off"), t.notes().stream().map(Note::text).toList());
        long previous = Long.MIN_VALUE;
        for (Message m : t.messages()) {
            assertTrue(m.sentAt() >= previous, "in time order");
            previous = m.sentAt();
        }
    }

    @Test
    void messagesSentInTheSameMillisecondKeepTheOrderTheyWereSentIn() {
        wire.ike("B", "A", 5, WireScript.isakmp(ExchangeType.QUICK_MODE, 9, true, 2));
        wire.ike("A", "B", 5, WireScript.isakmp(ExchangeType.QUICK_MODE, 8, true, 1));
        assertEquals(List.of("B>A QM1", "A>B QM1"), labels(all()));
    }

    @Test
    void engineEventsBecomeNotesOnTheRightLifeline() {
        log.engineEvent("A", new org.iosemu.ike.IkeEvent.IkeSaDown(1001, org.iosemu.ike.config.Ipv4.parse("10.0.0.1"),
                org.iosemu.ike.config.Ipv4.parse("10.0.0.2"), "peers alive"), 40_008);
        log.engineEvent("A", new org.iosemu.ike.IkeEvent.PeerChanged("green", 1, org.iosemu.ike.config.Ipv4.parse("10.0.0.2"),
                org.iosemu.ike.config.Ipv4.parse("10.0.0.3"), "peer dead"), 40_008);
        Timeline t = all();
        assertEquals(List.of(NoteKind.DEAD_PEER, NoteKind.FAILOVER), t.notes().stream().map(Note::kind).toList());
        assertEquals("DPD: peer 10.0.0.2 declared dead", t.notes().get(0).text());
        assertEquals("crypto map green 1: peer 10.0.0.2 \u2192 10.0.0.3 (peer dead)", t.notes().get(1).text());
        assertTrue(t.notes().stream().allMatch(n -> n.router().equals("A")));
    }

    @Test
    void theRecordingIsBoundedAndKeepsTheNewest() {
        WireLog small = new WireLog(3);
        WireScript s = new WireScript(small);
        for (int i = 0; i < 10; i++) {
            s.arrives(s.esp("A", "B", i * 5000L, 0x100, i), i * 5000L);
        }
        Recording r = small.snapshot();
        assertEquals(3, r.packets().size());
        assertEquals(35_000, r.packets().get(0).sentAt());
        assertTrue(r.packets().stream().noneMatch(RecordedPacket::inFlight));
    }
}
