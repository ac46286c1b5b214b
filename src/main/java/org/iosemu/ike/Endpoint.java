package org.iosemu.ike;

import org.iosemu.ike.config.Ipv4;

/** An IPv4 address and UDP port. */
public record Endpoint(Ipv4 ip, int port) {
    public static final int IKE_PORT = 500;
    /** RFC 3947/3948: IKE (after the non-ESP marker) and UDP-encapsulated ESP once NAT was detected. */
    public static final int NAT_T_PORT = 4500;

    public static Endpoint ike(Ipv4 ip) {
        return new Endpoint(ip, IKE_PORT);
    }

    public Endpoint withPort(int newPort) {
        return new Endpoint(ip, newPort);
    }

    @Override
    public String toString() {
        return ip + ":" + port;
    }
}
