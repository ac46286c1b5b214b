package org.iosemu.nat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iosemu.acl.AclCounters;
import org.iosemu.config.RunningConfig;
import org.iosemu.net.Fragmentation;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Reassembly;

/** A UDP datagram translated in fragments reassembles into what NAT makes of it whole, both ways. */
class NatFragmentPropertyTest {

    @Property(tries = 200)
    void fragmentsTranslatedOneByOneReassembleIntoTheWholeTranslation(
            @ForAll @IntRange(min = 0, max = 9000) int dataLength, @ForAll @IntRange(min = 68, max = 1500) int mtu,
            @ForAll @IntRange(min = 1, max = 65535) int port, @ForAll long seed) {
        RunningConfig rc = NatTranslatorTest.branch();
        byte[] data = new byte[dataLength];
        new Random(seed).nextBytes(data);
        IpPacket whole = IpPacket.udp(Ipv4Address.parse("10.1.1.1"), port, Ipv4Address.parse("198.51.100.80"), 4500, data);
        IpPacket expected = new NatTranslator(new AclCounters()).outbound(whole, rc, 0).orElseThrow();

        NatTranslator nat = new NatTranslator(new AclCounters());
        Reassembly destination = new Reassembly();
        Optional<IpPacket> back = Optional.empty();
        for (IpPacket piece : Fragmentation.split(whole, mtu, 4242)) {
            IpPacket out = nat.outbound(piece, rc, 0).orElseThrow();
            back = out.isFragment() ? destination.add(out, 0) : Optional.of(out);
        }
        IpPacket got = back.orElseThrow();
        assertEquals(expected.source(), got.source());
        assertEquals(expected.sourcePort(), got.sourcePort());
        assertEquals(expected.destinationPort(), got.destinationPort());
        assertArrayEquals(data, got.payload());

        // the answer, cut the same way, comes back to the inside address and port
        IpPacket answer = IpPacket.udp(got.destination(), got.destinationPort(), got.source(), got.sourcePort(), data);
        Reassembly inside = new Reassembly();
        back = Optional.empty();
        for (IpPacket piece : Fragmentation.split(answer, mtu, 4343)) {
            IpPacket in = nat.inbound(piece, rc, 1).orElseThrow();
            back = in.isFragment() ? inside.add(in, 1) : Optional.of(in);
        }
        IpPacket delivered = back.orElseThrow();
        assertEquals(whole.source(), delivered.destination());
        assertEquals(port, delivered.destinationPort());
        assertEquals(4500, delivered.sourcePort());
        assertArrayEquals(data, delivered.payload());
    }
}
