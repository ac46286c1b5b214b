package org.iosemu.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Fragments fit their MTU, survive the wire format, and reassemble in any order into the packet that was cut. */
class FragmentationProperties {

    private static final Ipv4Address A = Ipv4Address.parse("10.1.1.1");
    private static final Ipv4Address B = Ipv4Address.parse("10.2.2.1");

    @Property(tries = 300)
    void anyPacketCutAndCutAgainReassemblesWhole(@ForAll @IntRange(min = 0, max = 9000) int dataLength,
                                                 @ForAll @IntRange(min = 68, max = 4000) int mtu,
                                                 @ForAll @IntRange(min = 68, max = 4000) int secondMtu,
                                                 @ForAll boolean udp, @ForAll long seed) {
        byte[] data = new byte[dataLength];
        new Random(seed).nextBytes(data);
        IpPacket whole = udp ? IpPacket.udp(A, 4500, B, 4500, data).withTos(0x28)
                : new IpPacket(A, B, IpPacket.ESP, 0, 0, data).withTos(0x28);
        List<IpPacket> pieces = new ArrayList<>();
        for (IpPacket p : Fragmentation.split(whole, mtu, 77)) {
            pieces.addAll(Fragmentation.split(p, secondMtu, 99)); // a second, smaller hop cuts the fragments again
        }
        List<IpPacket> onWire = new ArrayList<>();
        for (IpPacket p : pieces) {
            assertTrue(p.length() <= secondMtu, "a piece fits the MTU of the last hop");
            onWire.add(Ipv4Datagram.decode(Ipv4Datagram.encode(p, 1)).orElseThrow());
        }
        Collections.shuffle(onWire, new Random(seed));
        Reassembly host = new Reassembly();
        Optional<IpPacket> out = Optional.empty();
        if (onWire.size() == 1 && !onWire.get(0).isFragment()) {
            out = Optional.of(onWire.get(0));
        } else {
            for (IpPacket p : onWire) {
                Optional<IpPacket> r = host.add(p, 0);
                if (r.isPresent()) {
                    out = r;
                }
            }
        }
        IpPacket back = out.orElseThrow();
        assertArrayEquals(data, back.payload());
        assertEquals(whole.protocol(), back.protocol());
        assertEquals(whole.destinationPort(), back.destinationPort());
        assertEquals(0x28, back.tos());
        assertEquals(0, host.pendingCount());
    }

    @Property(tries = 50)
    void bogusPiecesAreDroppedWithoutGrowingTheHost(@ForAll @IntRange(min = 0, max = 8191) int offsetUnits,
                                                   @ForAll @IntRange(min = 1, max = 300) int count) {
        Reassembly host = new Reassembly();
        for (int i = 0; i < count; i++) {
            IpPacket piece = new IpPacket(A, B, IpPacket.ESP, 0, 0, new byte[1480], 64, 0, false,
                    new IpPacket.Fragment(7, offsetUnits * 8, true)); // never a last piece: never whole
            assertEquals(Optional.empty(), host.add(piece, i));
            assertTrue(host.pendingBytes() <= 2 * 65_535, "repeated pieces never hold more than twice a packet");
        }
        if (20 + offsetUnits * 8 + 1480 > 65_535) {
            assertEquals(0, host.pendingCount(), "a piece past 65535 bytes is not kept");
        }
    }

    @Property(tries = 100)
    void theDfFlagSurvivesTheWireFormat(@ForAll boolean df) {
        IpPacket p = new IpPacket(A, B, IpPacket.ICMP, 0, 0, new byte[40]).withDontFragment(df);
        assertEquals(df, Ipv4Datagram.decode(Ipv4Datagram.encode(p, 5)).orElseThrow().dontFragment());
    }
}
