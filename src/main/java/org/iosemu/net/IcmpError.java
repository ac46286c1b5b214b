package org.iosemu.net;

import java.util.Arrays;
import java.util.Optional;

/**
 * ICMP error messages (RFC 792) a router sends about a packet it could not deliver: time exceeded (TTL
 * reached 0 in transit) and destination unreachable (for traceroute: port unreachable at the destination).
 * They quote the offending datagram's IP header and first 8 payload bytes, which is how traceroute
 * recognises which probe an error is about (its UDP ports).
 */
public record IcmpError(int type, int code, byte[] quoted, int nextHopMtu) {

    public IcmpError(int type, int code, byte[] quoted) {
        this(type, code, quoted, 0);
    }

    public static final int DESTINATION_UNREACHABLE = 3;
    /** Destination unreachable code 4: fragmentation needed and DF set (RFC 1191 puts the next-hop MTU in it). */
    public static final int FRAGMENTATION_NEEDED = 4;
    public static final int TIME_EXCEEDED = 11;
    public static final int PORT_UNREACHABLE = 3;
    public static final int TTL_EXCEEDED_IN_TRANSIT = 0;

    private static final int QUOTED_PAYLOAD = 8;

    /** The error about {@code offending}, quoting its header (as it arrived) and first 8 bytes of payload. */
    public static IcmpError about(IpPacket offending, int type, int code) {
        byte[] datagram = Ipv4Datagram.encode(offending, 0);
        return new IcmpError(type, code, Arrays.copyOf(datagram, Math.min(datagram.length, 20 + QUOTED_PAYLOAD)));
    }

    /** "Fragmentation needed and DF set" about {@code offending}, telling the MTU of the next hop (RFC 1191). */
    public static IcmpError fragmentationNeeded(IpPacket offending, int nextHopMtu) {
        IcmpError e = about(offending, DESTINATION_UNREACHABLE, FRAGMENTATION_NEEDED);
        return new IcmpError(e.type(), e.code(), e.quoted(), nextHopMtu);
    }

    public boolean fragmentationNeeded() {
        return type == DESTINATION_UNREACHABLE && code == FRAGMENTATION_NEEDED;
    }

    /** The quoted datagram's protocol, source and destination (what the error is about); empty if cut short. */
    public java.util.Optional<IpPacket> quotedHeader() {
        if (quoted.length < 20) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new IpPacket(Ipv4Address.fromBytes(quoted, 12), Ipv4Address.fromBytes(quoted, 16),
                quoted[9] & 0xff, 0, 0, Arrays.copyOfRange(quoted, Math.min(quoted.length, (quoted[0] & 0xf) * 4),
                quoted.length)));
    }

    public byte[] encode() {
        byte[] out = new byte[8 + quoted.length];
        out[0] = (byte) type;
        out[1] = (byte) code;
        out[6] = (byte) (nextHopMtu >>> 8);
        out[7] = (byte) nextHopMtu;
        System.arraycopy(quoted, 0, out, 8, quoted.length);
        int checksum = InternetChecksum.of(out, 0, out.length);
        out[2] = (byte) (checksum >>> 8);
        out[3] = (byte) checksum;
        return out;
    }

    /** Parses a time-exceeded or unreachable message; empty for other ICMP types or a bad checksum. */
    public static Optional<IcmpError> decode(byte[] icmp) {
        if (icmp.length < 8 || InternetChecksum.of(icmp, 0, icmp.length) != 0) {
            return Optional.empty();
        }
        int type = icmp[0] & 0xff;
        if (type != DESTINATION_UNREACHABLE && type != TIME_EXCEEDED) {
            return Optional.empty();
        }
        return Optional.of(new IcmpError(type, icmp[1] & 0xff, Arrays.copyOfRange(icmp, 8, icmp.length),
                ((icmp[6] & 0xff) << 8) | (icmp[7] & 0xff)));
    }

    /** The UDP ports of the quoted datagram (source, destination), when it was UDP and quoted far enough. */
    public Optional<int[]> quotedUdpPorts() {
        if (quoted.length < 20 || (quoted[9] & 0xff) != IpPacket.UDP) {
            return Optional.empty();
        }
        int headerLength = (quoted[0] & 0xf) * 4;
        if (headerLength < 20 || quoted.length < headerLength + 4) {
            return Optional.empty();
        }
        int source = ((quoted[headerLength] & 0xff) << 8) | (quoted[headerLength + 1] & 0xff);
        int destination = ((quoted[headerLength + 2] & 0xff) << 8) | (quoted[headerLength + 3] & 0xff);
        return Optional.of(new int[] {source, destination});
    }

    /** The identifier and sequence of the quoted datagram when it was an ICMP echo request (what ping sent). */
    public Optional<int[]> quotedEcho() {
        if (quoted.length < 20 || (quoted[9] & 0xff) != IpPacket.ICMP) {
            return Optional.empty();
        }
        int headerLength = (quoted[0] & 0xf) * 4;
        if (headerLength < 20 || quoted.length < headerLength + 8 || (quoted[headerLength] & 0xff) != 8) {
            return Optional.empty();
        }
        int identifier = ((quoted[headerLength + 4] & 0xff) << 8) | (quoted[headerLength + 5] & 0xff);
        int sequence = ((quoted[headerLength + 6] & 0xff) << 8) | (quoted[headerLength + 7] & 0xff);
        return Optional.of(new int[] {identifier, sequence});
    }
}
