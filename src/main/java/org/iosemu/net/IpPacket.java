package org.iosemu.net;

/**
 * A packet as the simulated network carries it: the IP header fields routing and crypto ACLs look at,
 * and the payload above IP (for UDP: after the UDP header). Ports are only meaningful for UDP/TCP (0
 * otherwise). {@code ttl} is what a router forwarding the packet decrements (traceroute's probes start low);
 * {@code tos} is the type-of-service byte (DSCP in its upper six bits), which QoS classifies by;
 * {@code dontFragment} is the DF flag. A {@code fragment} (null for a whole packet) carries a slice of the whole
 * packet's IP payload as its payload (for UDP the UDP header is part of the first slice), ports 0.
 */
public record IpPacket(Ipv4Address source, Ipv4Address destination, int protocol, int sourcePort,
                       int destinationPort, byte[] payload, int ttl, int tos, boolean dontFragment, Fragment fragment) {

    public IpPacket(Ipv4Address source, Ipv4Address destination, int protocol, int sourcePort, int destinationPort,
                    byte[] payload, int ttl, int tos) {
        this(source, destination, protocol, sourcePort, destinationPort, payload, ttl, tos, false, null);
    }

    public IpPacket(Ipv4Address source, Ipv4Address destination, int protocol, int sourcePort, int destinationPort,
                    byte[] payload, int ttl) {
        this(source, destination, protocol, sourcePort, destinationPort, payload, ttl, 0);
    }

    /**
     * Where a fragment's slice sits in the whole packet's IP payload: {@code offset} in bytes (a multiple of 8),
     * {@code more} = the MF flag, {@code identification} shared by the fragments of one packet.
     */
    public record Fragment(int identification, int offset, boolean more) {}

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
        return new IpPacket(source, destination, protocol, sourcePort, destinationPort, value, ttl, tos,
                dontFragment, fragment);
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
        return new IpPacket(source, destination, protocol, sourcePort, destinationPort, payload, ttl - 1, tos,
                dontFragment, fragment);
    }

    /** The same packet with another type-of-service byte. */
    public IpPacket withTos(int value) {
        return new IpPacket(source, destination, protocol, sourcePort, destinationPort, payload, ttl, value & 0xff,
                dontFragment, fragment);
    }

    /** The same packet with the DF flag set or clear. */
    public IpPacket withDontFragment(boolean value) {
        return new IpPacket(source, destination, protocol, sourcePort, destinationPort, payload, ttl, tos, value, fragment);
    }

    /** The same header fields (DF, ToS, TTL) on {@code other}: what a rewrite of addresses or ports keeps. */
    public IpPacket headerOnto(IpPacket other) {
        return new IpPacket(other.source, other.destination, other.protocol, other.sourcePort, other.destinationPort,
                other.payload, ttl, tos, dontFragment, fragment);
    }

    public boolean isFragment() {
        return fragment != null;
    }

    /** The DSCP: the upper six bits of the type-of-service byte. */
    public int dscp() {
        return tos >>> 2;
    }

    public int length() {
        return 20 + (protocol == UDP && fragment == null ? 8 : 0) + payload.length;
    }
}
