package org.iosemu.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** A lab link's delay, rate, queue, MTU and loss, seen by the receiving node on virtual time. */
class LinkTest {

    private final VirtualScheduler clock = new VirtualScheduler(0);
    private final VirtualNetwork network = new VirtualNetwork(clock, 1);
    private final List<Long> arrivals = new ArrayList<>();
    private final Ipv4Address r1 = Ipv4Address.parse("10.1.32.14");
    private final Ipv4Address r2 = Ipv4Address.parse("10.2.80.209");

    LinkTest() {
        network.attach("R1", p -> { });
        network.attach("R2", p -> arrivals.add(clock.nowMillis()));
        network.assign(r1, "R1");
        network.assign(r2, "R2");
    }

    /** A UDP packet of {@code length} bytes in all (20 IP + 8 UDP + payload). */
    private IpPacket packet(int length) {
        return IpPacket.udp(r1, 500, r2, 500, new byte[length - 28]);
    }

    @Test
    void theDelayOfALinkReplacesTheLabLatency() {
        network.setLink("R2", "R1", LinkProperties.DEFAULT.withDelayMillis(50));
        network.send("R1", packet(100));
        clock.advance(49);
        assertEquals(List.of(), arrivals);
        clock.advance(1);
        assertEquals(List.of(50L), arrivals);
    }

    @Test
    void bandwidthSerializesPacketsOneAfterTheOther() {
        // 1000 bytes at 800 kbit/s take 10 ms on the wire, then 1 ms of delay
        network.setLink("R1", "R2", LinkProperties.DEFAULT.withBandwidthKbps(800));
        for (int i = 0; i < 3; i++) {
            network.send("R1", packet(1000));
        }
        clock.advance(100);
        assertEquals(List.of(11L, 21L, 31L), arrivals);
    }

    @Test
    void aFullQueueDropsAtItsTail() {
        network.setLink("R1", "R2", LinkProperties.DEFAULT.withBandwidthKbps(64));
        for (int i = 0; i < FifoQueue.DEFAULT_LIMIT + 5; i++) {
            network.send("R1", packet(1500));
        }
        Link.Statistics st = network.link("R1", "R2").statistics("R1");
        assertEquals(FifoQueue.DEFAULT_LIMIT, st.queued(), "one on the wire, the queue full");
        assertEquals(4, st.tailDrops());
        clock.advance(60_000);
        assertEquals(FifoQueue.DEFAULT_LIMIT + 1, arrivals.size());
    }

    @Test
    void aPacketLongerThanTheMtuCrossesAsFragmentsThatEachTakeWireTime() {
        network.setLink("R1", "R2", new LinkProperties(1400, 1000, 1, 0));
        network.send("R1", packet(2000)); // two fragments: 2020 bytes on the wire, 16.16 ms at 1 Mbit/s
        clock.advance(100);
        assertEquals(List.of(17L, 17L), arrivals); // both fragments; the lab clock ticks in ms: 16.16 ms rounds to 16
        assertEquals(1, network.link("R1", "R2").statistics("R1").fragmented());
        assertEquals(2, new LinkProperties(1400, 0, 1, 0).fragments(2000));
        assertEquals(1, new LinkProperties(1400, 0, 1, 0).fragments(1400));
    }

    @Test
    void theFragmentsALinkCutsReassembleIntoTheSentPacket() {
        List<IpPacket> pieces = new ArrayList<>();
        network.attach("R2", pieces::add);
        network.setLink("R1", "R2", LinkProperties.DEFAULT.withMtu(576));
        IpPacket sent = IpPacket.udp(r1, 4500, r2, 4500, new byte[1400]).withTos(0xb8);
        network.send("R1", sent);
        clock.advance(10);
        assertEquals(3, pieces.size());
        pieces.forEach(p -> assertEquals(true, p.length() <= 576, "each fragment fits the MTU"));
        Reassembly host = new Reassembly();
        IpPacket whole = pieces.stream().map(p -> host.add(p, 0)).filter(java.util.Optional::isPresent)
                .map(java.util.Optional::get).findFirst().orElseThrow();
        assertEquals(java.util.Arrays.toString(sent.payload()), java.util.Arrays.toString(whole.payload()));
        assertEquals(4500, whole.destinationPort());
        assertEquals(0xb8, whole.tos());
    }

    @Test
    void aDfPacketTooBigForTheLinkIsLostAndTheSenderHearsFragmentationNeededWithTheMtu() {
        List<IpPacket> atR1 = new ArrayList<>();
        network.attach("R1", atR1::add);
        network.setLink("R1", "R2", LinkProperties.DEFAULT.withMtu(1400));
        network.send("R1", packet(1401).withDontFragment(true));
        network.send("R1", packet(1400).withDontFragment(true));
        clock.advance(10);
        assertEquals(List.of(1L), arrivals, "only the packet that fits arrives");
        assertEquals(1, atR1.size());
        IcmpError error = IcmpError.decode(atR1.get(0).payload()).orElseThrow();
        assertEquals(true, error.fragmentationNeeded());
        assertEquals(1400, error.nextHopMtu());
        assertEquals(IpPacket.UDP, error.quotedHeader().orElseThrow().protocol());
        assertEquals(1, network.link("R1", "R2").statistics("R1").lost());
    }

    @Test
    void randomLossRepeatsWithTheSameSeedAndDiffersWithAnother() {
        assertEquals(lossPattern(2002), lossPattern(2002));
        assertNotEquals(lossPattern(2002), lossPattern(7));
        String pattern = lossPattern(2002);
        long lost = pattern.chars().filter(c -> c == '.').count();
        org.junit.jupiter.api.Assertions.assertTrue(lost > 15 && lost < 45, pattern); // 30 % of 100
    }

    private static String lossPattern(long seed) {
        VirtualScheduler clock = new VirtualScheduler(0);
        VirtualNetwork net = new VirtualNetwork(clock, 1);
        List<Long> got = new ArrayList<>();
        Ipv4Address a = Ipv4Address.parse("10.0.0.1");
        Ipv4Address b = Ipv4Address.parse("10.0.0.2");
        net.attach("A", p -> { });
        net.attach("B", p -> got.add((long) p.sourcePort()));
        net.assign(a, "A");
        net.assign(b, "B");
        net.setLossSeed(seed);
        net.setLink("A", "B", LinkProperties.DEFAULT.withLossPercent(30));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            net.send("A", IpPacket.udp(a, i, b, 500, new byte[8]));
            clock.advance(1);
            s.append(got.contains((long) i) ? '!' : '.');
        }
        return s.toString();
    }

    @Test
    void dropNextLosesExactlyThatManyPacketsEitherWay() {
        network.dropNext("R1", "R2", 2);
        network.send("R1", packet(100));
        network.send("R2", IpPacket.udp(r2, 500, r1, 500, new byte[8]));
        network.send("R1", packet(100));
        clock.advance(10);
        assertEquals(List.of(1L), arrivals, "the third packet gets through");
        assertEquals(1, network.link("R1", "R2").statistics("R1").lost());
        assertEquals(1, network.link("R1", "R2").statistics("R2").lost());
    }

    @Test
    void defaultLinksNeedNoLinkObjectAndKeepTheLatency() {
        network.send("R1", packet(100));
        clock.advance(5);
        assertEquals(List.of(1L), arrivals);
        assertEquals(List.of(), network.links());
    }

    @Test
    void outOfRangePropertiesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LinkProperties.DEFAULT.withMtu(67));
        assertThrows(IllegalArgumentException.class, () -> LinkProperties.DEFAULT.withLossPercent(101));
        assertThrows(IllegalArgumentException.class, () -> LinkProperties.DEFAULT.withDelayMillis(-1));
    }
}
