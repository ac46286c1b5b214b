package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceType;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.TcpSegment;

/**
 * TCP maximum segment sizes in the lab: what a router's own TCP advertises (IOS's default: 536 bytes towards a
 * destination that is not on a connected network, else the exit interface's IP MTU less 40, at most 1460), and
 * `ip tcp adjust-mss N` on an interface, which lowers (never raises) the MSS option of the SYNs that cross it.
 */
final class TcpMss {

    /** RFC 879's default, IOS's MSS for destinations that are not on a connected network. */
    static final int REMOTE = 536;
    static final int LOCAL_MAX = 1460;
    private static final int GRE_IP_MTU = 1476;
    private static final int ETHERNET_IP_MTU = 1500;
    private static final int HEADERS = 40;

    private TcpMss() {}

    /** What this router advertises in a SYN or SYN-ACK to {@code peer}, leaving by {@code exit}. */
    static int advertised(Optional<RoutingTable.Egress> exit, Ipv4Address peer) {
        if (exit.isEmpty() || !connected(exit.get().iface(), peer)) {
            return REMOTE;
        }
        return Math.min(LOCAL_MAX, ipMtu(exit.get().iface()) - HEADERS);
    }

    private static boolean connected(InterfaceConfig iface, Ipv4Address peer) {
        return iface.address().map(a -> {
            long mask = org.iosemu.config.Ipv4.toLong(a.mask());
            return (org.iosemu.config.Ipv4.toLong(a.address()) & mask) == ((peer.bits() & 0xffffffffL) & mask);
        }).orElse(false);
    }

    private static int ipMtu(InterfaceConfig iface) {
        return iface.ipMtu().orElse(iface.name().type() == InterfaceType.TUNNEL && !iface.tunnel().vti()
                ? GRE_IP_MTU : ETHERNET_IP_MTU);
    }

    /** `ip tcp adjust-mss {@code limit}` on a packet crossing the interface: a SYN's larger MSS becomes the limit. */
    static IpPacket adjust(IpPacket packet, int limit) {
        if (packet.protocol() != IpPacket.TCP) {
            return packet;
        }
        Optional<TcpSegment> segment = TcpSegment.decode(packet.payload());
        if (segment.isEmpty() || !segment.get().has(TcpSegment.SYN) || segment.get().maxSegmentSize() <= limit) {
            return packet;
        }
        return packet.withPayload(segment.get().withMaxSegmentSize(limit).encode());
    }
}
