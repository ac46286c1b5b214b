package org.iosemu.net;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The 20-byte TCP header the lab's connection handshakes carry (no options, no data): enough for a SYN to
 * reach a router through routes and tunnels and for its SYN-ACK or RST to come back.
 */
public record TcpSegment(int sourcePort, int destinationPort, long sequence, long acknowledgement, int flags) {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int ACK = 0x10;

    private static final int HEADER_LENGTH = 20;
    private static final int WINDOW = 4128; // IOS's default TCP window

    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_LENGTH);
        b.putShort((short) sourcePort).putShort((short) destinationPort).putInt((int) sequence).putInt((int) acknowledgement);
        b.put((byte) (5 << 4)).put((byte) flags).putShort((short) WINDOW).putShort((short) 0).putShort((short) 0);
        return b.array();
    }

    /** Empty for anything shorter than a TCP header. */
    public static Optional<TcpSegment> decode(byte[] bytes) {
        if (bytes.length < HEADER_LENGTH) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int source = b.getShort() & 0xffff;
        int destination = b.getShort() & 0xffff;
        long seq = b.getInt() & 0xffffffffL;
        long ack = b.getInt() & 0xffffffffL;
        b.get();
        int flags = b.get() & 0x3f;
        return Optional.of(new TcpSegment(source, destination, seq, ack, flags));
    }
}
