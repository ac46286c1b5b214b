package org.iosemu.net;

import java.util.Arrays;
import java.util.Optional;

/**
 * Raw IPv4 datagrams as they go into and come out of an IPsec tunnel: a 20-byte header (no options)
 * plus the payload. Only what the emulator needs: build, parse, checksum.
 */
public final class Ipv4Datagram {

    private static final int HEADER_LENGTH = 20;
    private static final int UDP_HEADER_LENGTH = 8;
    private static final int DF = 0x4000;
    private static final int MF = 0x2000;
    private static final int OFFSET = 0x1fff;

    private Ipv4Datagram() {}

    /** Serialises {@code packet} (header + payload) with its own TTL and a correct header checksum. */
    public static byte[] encode(IpPacket packet, int identification) {
        return encode(packet, identification, packet.ttl());
    }

    /**
     * Serialises {@code packet} (header, a UDP header for UDP, payload) with a correct header checksum (the
     * UDP checksum is left 0, "none", as RFC 768 allows).
     */
    public static byte[] encode(IpPacket packet, int identification, int ttl) {
        byte[] payload = packet.protocol() == IpPacket.UDP && !packet.isFragment() ? withUdpHeader(packet) : packet.payload();
        if (packet.isFragment()) {
            identification = packet.fragment().identification();
        }
        byte[] out = new byte[HEADER_LENGTH + payload.length];
        out[0] = 0x45;
        out[1] = (byte) packet.tos();
        int total = out.length;
        out[2] = (byte) (total >>> 8);
        out[3] = (byte) total;
        out[4] = (byte) (identification >>> 8);
        out[5] = (byte) identification;
        int flagsAndOffset = (packet.dontFragment() ? DF : 0) | (packet.isFragment()
                ? (packet.fragment().more() ? MF : 0) | packet.fragment().offset() / 8 : 0);
        out[6] = (byte) (flagsAndOffset >>> 8);
        out[7] = (byte) flagsAndOffset;
        out[8] = (byte) ttl;
        out[9] = (byte) packet.protocol();
        System.arraycopy(packet.source().toBytes(), 0, out, 12, 4);
        System.arraycopy(packet.destination().toBytes(), 0, out, 16, 4);
        int checksum = InternetChecksum.of(out, 0, HEADER_LENGTH);
        out[10] = (byte) (checksum >>> 8);
        out[11] = (byte) checksum;
        System.arraycopy(payload, 0, out, HEADER_LENGTH, payload.length);
        return out;
    }

    private static byte[] withUdpHeader(IpPacket packet) {
        byte[] data = packet.payload();
        byte[] out = new byte[UDP_HEADER_LENGTH + data.length];
        out[0] = (byte) (packet.sourcePort() >>> 8);
        out[1] = (byte) packet.sourcePort();
        out[2] = (byte) (packet.destinationPort() >>> 8);
        out[3] = (byte) packet.destinationPort();
        out[4] = (byte) (out.length >>> 8);
        out[5] = (byte) out.length;
        System.arraycopy(data, 0, out, UDP_HEADER_LENGTH, data.length);
        return out;
    }

    /** Parses an IPv4 datagram; empty when it is not a well-formed one (bad version, length or checksum). */
    public static Optional<IpPacket> decode(byte[] bytes) {
        if (bytes.length < HEADER_LENGTH || (bytes[0] >>> 4 & 0xf) != 4) {
            return Optional.empty();
        }
        int headerLength = (bytes[0] & 0xf) * 4;
        int total = ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        if (headerLength < HEADER_LENGTH || total < headerLength || total > bytes.length
                || InternetChecksum.of(bytes, 0, headerLength) != 0) {
            return Optional.empty();
        }
        int protocol = bytes[9] & 0xff;
        int ttl = bytes[8] & 0xff;
        Ipv4Address source = Ipv4Address.fromBytes(bytes, 12);
        Ipv4Address destination = Ipv4Address.fromBytes(bytes, 16);
        int flagsAndOffset = u16(bytes, 6);
        boolean dontFragment = (flagsAndOffset & DF) != 0;
        int tos = bytes[1] & 0xff;
        if ((flagsAndOffset & (MF | OFFSET)) != 0) {
            byte[] slice = Arrays.copyOfRange(bytes, headerLength, total);
            return Optional.of(new IpPacket(source, destination, protocol, 0, 0, slice, ttl, tos, dontFragment,
                    new IpPacket.Fragment(u16(bytes, 4), (flagsAndOffset & OFFSET) * 8, (flagsAndOffset & MF) != 0)));
        }
        if (protocol == IpPacket.UDP) {
            if (total - headerLength < UDP_HEADER_LENGTH) {
                return Optional.empty();
            }
            int ports = headerLength;
            byte[] data = new byte[total - headerLength - UDP_HEADER_LENGTH];
            System.arraycopy(bytes, headerLength + UDP_HEADER_LENGTH, data, 0, data.length);
            return Optional.of(new IpPacket(source, destination, protocol, u16(bytes, ports), u16(bytes, ports + 2),
                    data, ttl, tos, dontFragment, null));
        }
        byte[] payload = new byte[total - headerLength];
        System.arraycopy(bytes, headerLength, payload, 0, payload.length);
        return Optional.of(new IpPacket(source, destination, protocol, 0, 0, payload, ttl, tos, dontFragment, null));
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
