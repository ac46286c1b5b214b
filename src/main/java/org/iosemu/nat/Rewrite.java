package org.iosemu.nat;

import java.util.Optional;
import org.iosemu.net.FragmentRewrites;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.TcpSegment;

/**
 * A packet's NAT-relevant fields: for TCP and UDP the ports, for ICMP echo the identifier (which PAT treats as
 * a port, as IOS does); other protocols have none (port 0).
 */
final class Rewrite {

    private Rewrite() {}

    static int sourcePort(IpPacket p) {
        if (carriesPortsInPayload(p)) {
            return FragmentRewrites.headerPort(p, 0);
        }
        return p.protocol() == IpPacket.ICMP ? IcmpEcho.decode(p.payload()).map(IcmpEcho::identifier).orElse(0) : p.sourcePort();
    }

    static int destinationPort(IpPacket p) {
        if (carriesPortsInPayload(p)) {
            return FragmentRewrites.headerPort(p, 2);
        }
        return p.protocol() == IpPacket.ICMP ? IcmpEcho.decode(p.payload()).map(IcmpEcho::identifier).orElse(0)
                : p.destinationPort();
    }

    /** The first fragment of a TCP or UDP datagram: its ports are in the transport header at the start of its payload. */
    private static boolean carriesPortsInPayload(IpPacket p) {
        return FragmentRewrites.isFirst(p) && (p.protocol() == IpPacket.TCP || p.protocol() == IpPacket.UDP);
    }

    /** Whether NAT can translate this packet's "port" (ICMP other than echo cannot be overloaded). */
    static boolean ported(IpPacket p) {
        return p.protocol() == IpPacket.TCP || p.protocol() == IpPacket.UDP
                || p.protocol() == IpPacket.ICMP && IcmpEcho.decode(p.payload()).isPresent();
    }

    static IpPacket source(IpPacket p, Ipv4Address address, int port) {
        return build(p, address, port, p.destination(), p.protocol() == IpPacket.ICMP ? port : destinationPort(p), true);
    }

    static IpPacket destination(IpPacket p, Ipv4Address address, int port) {
        return build(p, p.source(), p.protocol() == IpPacket.ICMP ? port : sourcePort(p), address, port, false);
    }

    private static IpPacket build(IpPacket p, Ipv4Address src, int srcPort, Ipv4Address dst, int dstPort, boolean sourceSide) {
        if (carriesPortsInPayload(p)) {
            return FragmentRewrites.rewriteFirst(p, src, srcPort, dst, dstPort);
        }
        return p.headerOnto(rewritten(p, src, srcPort, dst, dstPort, sourceSide)); // DF and ToS stay
    }

    private static IpPacket rewritten(IpPacket p, Ipv4Address src, int srcPort, Ipv4Address dst, int dstPort, boolean sourceSide) {
        return switch (p.protocol()) {
            case IpPacket.UDP -> new IpPacket(src, dst, IpPacket.UDP, srcPort, dstPort, p.payload(), p.ttl());
            case IpPacket.TCP -> {
                Optional<TcpSegment> s = TcpSegment.decode(p.payload());
                byte[] payload = s.map(t -> t.withPorts(srcPort, dstPort).encode()).orElse(p.payload());
                yield new IpPacket(src, dst, IpPacket.TCP, srcPort, dstPort, payload, p.ttl());
            }
            case IpPacket.ICMP -> {
                int id = sourceSide ? srcPort : dstPort;
                byte[] payload = IcmpEcho.decode(p.payload())
                        .map(e -> new IcmpEcho(e.request(), id, e.sequence(), e.data()).encode()).orElse(p.payload());
                yield new IpPacket(src, dst, IpPacket.ICMP, 0, 0, payload, p.ttl());
            }
            default -> new IpPacket(src, dst, p.protocol(), p.sourcePort(), p.destinationPort(), p.payload(), p.ttl());
        };
    }
}
