package org.iosemu.net;

import java.util.Optional;

/**
 * Raw IPv4 datagrams as they go into and come out of an IPsec tunnel: a 20-byte header (no options)
 * plus the payload. Only what the emulator needs: build, parse, checksum.
 */
public final class Ipv4Datagram {

    private static final int HEADER_LENGTH = 20;

    private Ipv4Datagram() {}

    /** Serialises {@code packet} (header + payload) with a correct header checksum. */
    public static byte[] encode(IpPacket packet, int identification, int ttl) {
        byte[] payload = packet.payload();
        byte[] out = new byte[HEADER_LENGTH + payload.length];
        out[0] = 0x45;
        int total = out.length;
        out[2] = (byte) (total >>> 8);
        out[3] = (byte) total;
        out[4] = (byte) (identification >>> 8);
        out[5] = (byte) identification;
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
        byte[] payload = new byte[total - headerLength];
        System.arraycopy(bytes, headerLength, payload, 0, payload.length);
        return Optional.of(new IpPacket(Ipv4Address.fromBytes(bytes, 12), Ipv4Address.fromBytes(bytes, 16),
                bytes[9] & 0xff, 0, 0, payload));
    }
}
