package org.iosemu.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The TCP header codec: what it encodes it decodes unchanged, MSS option included, and no bytes make it throw. */
class TcpSegmentProperties {

    @Property
    void encodeThenDecodeGivesTheSegmentBack(@ForAll @IntRange(max = 65535) int sourcePort,
                                             @ForAll @IntRange(max = 65535) int destinationPort,
                                             @ForAll @LongRange(max = 0xffffffffL) long sequence,
                                             @ForAll @LongRange(max = 0xffffffffL) long acknowledgement,
                                             @ForAll @IntRange(max = 0x3f) int flags,
                                             @ForAll @IntRange(max = 65535) int mss) {
        TcpSegment segment = new TcpSegment(sourcePort, destinationPort, sequence, acknowledgement, flags, mss);
        assertEquals(Optional.of(segment), TcpSegment.decode(segment.encode()));
    }

    @Property
    void anyBytesDecodeWithoutThrowing(@ForAll byte[] bytes) {
        Optional<TcpSegment> decoded = TcpSegment.decode(bytes);
        assertTrue(decoded.isEmpty() == (bytes.length < 20));
        decoded.ifPresent(s -> assertTrue(s.maxSegmentSize() >= 0 && s.maxSegmentSize() <= 65535));
    }
}
