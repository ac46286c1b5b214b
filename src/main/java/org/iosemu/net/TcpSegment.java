package org.iosemu.net;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The TCP header the lab's connection handshakes carry (no data): 20 bytes, or 24 with the MSS option a SYN or
 * SYN-ACK advertises ({@code maxSegmentSize} 0 = no option). Enough for a SYN to reach a router through routes
 * and tunnels, for its SYN-ACK or RST to come back, and for `ip tcp adjust-mss` to rewrite the MSS on the way.
 */
public record TcpSegment(int sourcePort, int destinationPort, long sequence, long acknowledgement, int flags,
                         int maxSegmentSize) {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int ACK = 0x10;

    private static final int HEADER_LENGTH = 20;
    private static final int OPTION_MSS = 2;
    private static final int OPTION_END = 0;
    private static final int OPTION_NOP = 1;
    private static final int WINDOW = 4128; // IOS's default TCP window

    /** A segment without options. */
    public TcpSegment(int sourcePort, int destinationPort, long sequence, long acknowledgement, int flags) {
        this(sourcePort, destinationPort, sequence, acknowledgement, flags, 0);
    }

    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    public TcpSegment withMaxSegmentSize(int mss) {
        return new TcpSegment(sourcePort, destinationPort, sequence, acknowledgement, flags, mss);
    }

    public TcpSegment withPorts(int source, int destination) {
        return new TcpSegment(source, destination, sequence, acknowledgement, flags, maxSegmentSize);
    }

    public byte[] encode() {
        int length = maxSegmentSize > 0 ? HEADER_LENGTH + 4 : HEADER_LENGTH;
        ByteBuffer b = ByteBuffer.allocate(length);
        b.putShort((short) sourcePort).putShort((short) destinationPort).putInt((int) sequence).putInt((int) acknowledgement);
        b.put((byte) ((length / 4) << 4)).put((byte) flags).putShort((short) WINDOW).putShort((short) 0).putShort((short) 0);
        if (maxSegmentSize > 0) {
            b.put((byte) OPTION_MSS).put((byte) 4).putShort((short) maxSegmentSize);
        }
        return b.array();
    }

    /** Empty for anything shorter than a TCP header; options other than MSS are skipped, damaged ones ignored. */
    public static Optional<TcpSegment> decode(byte[] bytes) {
        if (bytes.length < HEADER_LENGTH) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int source = b.getShort() & 0xffff;
        int destination = b.getShort() & 0xffff;
        long seq = b.getInt() & 0xffffffffL;
        long ack = b.getInt() & 0xffffffffL;
        int headerLength = ((b.get() & 0xff) >>> 4) * 4;
        int flags = b.get() & 0x3f;
        return Optional.of(new TcpSegment(source, destination, seq, ack, flags,
                mss(bytes, Math.min(headerLength, bytes.length))));
    }

    /** The MSS option's value among the options up to {@code end}, 0 without one. */
    private static int mss(byte[] bytes, int end) {
        int i = HEADER_LENGTH;
        while (i < end) {
            int kind = bytes[i] & 0xff;
            if (kind == OPTION_END) {
                return 0;
            }
            if (kind == OPTION_NOP) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return 0;
            }
            int length = bytes[i + 1] & 0xff;
            if (length < 2 || i + length > end) {
                return 0;
            }
            if (kind == OPTION_MSS && length == 4) {
                return ((bytes[i + 2] & 0xff) << 8) | (bytes[i + 3] & 0xff);
            }
            i += length;
        }
        return 0;
    }
}
