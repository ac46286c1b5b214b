package org.iosemu.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * IPv4 fragmentation (RFC 791): a packet longer than an MTU split into fragments whose data are multiples of 8
 * bytes (the last one excepted), each with the whole packet's header fields. A fragment can be split again.
 */
public final class Fragmentation {

    private static final int HEADER = 20;

    private Fragmentation() {}

    /** True when {@code packet} does not fit {@code mtu} bytes in one piece. */
    public static boolean tooBig(IpPacket packet, int mtu) {
        return packet.length() > mtu;
    }

    /**
     * {@code packet} cut into fragments of at most {@code mtu} bytes (itself when it fits); {@code identification}
     * is used for a whole packet, a fragment keeps its own. The DF flag is not consulted: the caller decides.
     */
    public static List<IpPacket> split(IpPacket packet, int mtu, int identification) {
        if (!tooBig(packet, mtu)) {
            return List.of(packet);
        }
        byte[] data = ipPayload(packet);
        int baseOffset = packet.isFragment() ? packet.fragment().offset() : 0;
        boolean lastMore = packet.isFragment() && packet.fragment().more();
        int id = packet.isFragment() ? packet.fragment().identification() : identification & 0xffff;
        int perFragment = Math.max(8, (mtu - HEADER) / 8 * 8);
        List<IpPacket> out = new ArrayList<>();
        for (int at = 0; at < data.length; at += perFragment) {
            int end = Math.min(data.length, at + perFragment);
            boolean more = end < data.length || lastMore;
            out.add(new IpPacket(packet.source(), packet.destination(), packet.protocol(), 0, 0,
                    Arrays.copyOfRange(data, at, end), packet.ttl(), packet.tos(), packet.dontFragment(),
                    new IpPacket.Fragment(id, baseOffset + at, more)));
        }
        return out;
    }

    /** The bytes after the IP header: for a whole UDP packet the UDP header and its data. */
    static byte[] ipPayload(IpPacket packet) {
        byte[] datagram = Ipv4Datagram.encode(packet, packet.isFragment() ? packet.fragment().identification() : 0);
        return Arrays.copyOfRange(datagram, HEADER, datagram.length);
    }
}
