package org.iosemu.net;

/**
 * A packet as the simulated network carries it: the IP header fields routing and crypto ACLs look at,
 * and the payload above IP (for UDP: after the UDP header). Ports are only meaningful for UDP/TCP (0
 * otherwise). {@code ttl} is what a router forwarding the packet decrements (traceroute's probes start low);
 * {@code tos} is the type-of-service byte (DSCP in its upper six bits), which QoS classifies by.
 */
public record IpPacket(Ipv4Address source, Ipv4Address destination, int protocol, int sourcePort,
                       int destinationPort, byte[] payload, int ttl, int tos) {

    public IpPacket(Ipv4Address source, Ipv4Address destination, int protocol, int sourcePort, int destinationPort,
                    byte[] payload, int ttl) {
        this(source, destination, protocol, sourcePort, destinationPort, payload, ttl, 0);
    }

    /** What a router puts in the TTL of a packet it originates. */
    public static final int DEFAULT_TTL = 255;

    public IpPacket(Ipv4Address source, Ipv4Address destination, int protocol, int sourcePort, int destinationPort,
                    byte[] payload) {
        this(source, destination, protocol, sourcePort, destinationPort, payload, DEFAULT_TTL);
    }

    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int GRE = 47;
    public static final int ESP = 50;

    /** The same header with another payload (a rewritten TCP header: `ip tcp adjust-mss`). */
    public IpPacket withPayload(byte[] value) {
        return new IpPacket(source, destination, protocol, sourcePort, destinationPort, value, ttl, tos);
    }

    public static IpPacket udp(Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort,
                               byte[] payload) {
        return new IpPacket(source, destination, UDP, sourcePort, destinationPort, payload);
    }

    /** A TCP segment; its header travels as the payload (ports also in the record for ACLs and NAT). */
    public static IpPacket tcp(Ipv4Address source, Ipv4Address destination, TcpSegment segment) {
        return new IpPacket(source, destination, TCP, segment.sourcePort(), segment.destinationPort(), segment.encode());
    }

    /** The same packet one router further on. */
    public IpPacket forwarded() {
        return new IpPacket(source, destination, protocol, sourcePort, destinationPort, payload, ttl - 1, tos);
    }

    /** The same packet with another type-of-service byte. */
    public IpPacket withTos(int value) {
        return new IpPacket(source, destination, protocol, sourcePort, destinationPort, payload, ttl, value & 0xff);
    }

    /** The DSCP: the upper six bits of the type-of-service byte. */
    public int dscp() {
        return tos >>> 2;
    }

    public int length() {
        return 20 + (protocol == UDP ? 8 : 0) + payload.length;
    }
}
