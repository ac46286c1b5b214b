package org.iosemu.net;

/**
 * A packet as the simulated network carries it: the IP header fields routing and crypto ACLs look at,
 * and the payload above IP. Ports are only meaningful for UDP/TCP (0 otherwise).
 */
public record IpPacket(Ipv4Address source, Ipv4Address destination, int protocol, int sourcePort,
                       int destinationPort, byte[] payload) {

    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ESP = 50;

    public static IpPacket udp(Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort,
                               byte[] payload) {
        return new IpPacket(source, destination, UDP, sourcePort, destinationPort, payload);
    }

    /** A TCP segment; its header travels as the payload (ports also in the record for ACLs and NAT). */
    public static IpPacket tcp(Ipv4Address source, Ipv4Address destination, TcpSegment segment) {
        return new IpPacket(source, destination, TCP, segment.sourcePort(), segment.destinationPort(), segment.encode());
    }

    public int length() {
        return 20 + (protocol == UDP ? 8 : 0) + payload.length;
    }
}
