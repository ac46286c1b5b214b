package org.iosemu.capture;

import org.iosemu.ike.config.Ipv4;

/**
 * One IPv4 packet seen on a router interface: UDP (IKE on 500/4500, ESP-in-UDP) with its ports, or another
 * protocol (ESP = 50, ICMP = 1) with ports 0. {@code payload} is what follows the IP (and UDP) header.
 */
public record CapturedPacket(long timeMillis, String interfaceName, boolean inbound, Ipv4 src, Ipv4 dst, int protocol,
                             int srcPort, int dstPort, byte[] payload) {
    public static final int UDP = 17;

    public static CapturedPacket udp(long timeMillis, String interfaceName, boolean inbound, Ipv4 src, int srcPort, Ipv4 dst, int dstPort, byte[] payload) {
        return new CapturedPacket(timeMillis, interfaceName, inbound, src, dst, UDP, srcPort, dstPort, payload.clone());
    }

    /** Length of the IPv4 packet on the wire. */
    public int ipLength() {
        return 20 + (protocol == UDP ? 8 : 0) + payload.length;
    }
}
