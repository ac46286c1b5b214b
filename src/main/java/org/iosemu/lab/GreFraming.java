package org.iosemu.lab;

import java.util.Arrays;
import java.util.Optional;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Ipv4Datagram;

/** RFC 2784 GRE as IOS sends it by default: a 4-byte header (no key, checksum or sequence) before an IPv4 packet. */
final class GreFraming {

    private static final int HEADER_LENGTH = 4;
    private static final int ETHERTYPE_IPV4 = 0x0800;

    private GreFraming() {}

    static IpPacket wrap(Ipv4Address source, Ipv4Address destination, IpPacket inner, int identification) {
        byte[] datagram = Ipv4Datagram.encode(inner, identification);
        byte[] payload = new byte[HEADER_LENGTH + datagram.length];
        payload[2] = (byte) (ETHERTYPE_IPV4 >>> 8);
        payload[3] = (byte) ETHERTYPE_IPV4;
        System.arraycopy(datagram, 0, payload, HEADER_LENGTH, datagram.length);
        return new IpPacket(source, destination, IpPacket.GRE, 0, 0, payload);
    }

    /**
     * A GRE keepalive as IOS builds it: a GRE packet from the tunnel's source to its destination carrying an IPv4
     * packet from the destination back to the source, which is itself GRE with protocol type 0 and nothing after.
     */
    static IpPacket keepalive(Ipv4Address source, Ipv4Address destination, int identification) {
        IpPacket back = new IpPacket(destination, source, IpPacket.GRE, 0, 0, new byte[HEADER_LENGTH]);
        return wrap(source, destination, back, identification);
    }

    /** Whether {@code gre} is a keepalive coming home: a bare GRE header with protocol type 0. */
    static boolean keepaliveReply(IpPacket gre) {
        byte[] p = gre.payload();
        return p.length == HEADER_LENGTH && p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 0;
    }

    /** The carried IPv4 packet; empty for a header with options or another payload type (dropped, as IOS would). */
    static Optional<IpPacket> unwrap(IpPacket gre) {
        byte[] p = gre.payload();
        if (p.length < HEADER_LENGTH || p[0] != 0 || (p[1] & 0xff) != 0
                || (((p[2] & 0xff) << 8) | (p[3] & 0xff)) != ETHERTYPE_IPV4) {
            return Optional.empty();
        }
        return Ipv4Datagram.decode(Arrays.copyOfRange(p, HEADER_LENGTH, p.length));
    }
}
