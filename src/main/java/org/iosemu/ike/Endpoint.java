package org.iosemu.ike;

import org.iosemu.ike.config.Ipv4;

/** An IPv4 address and UDP port. */
public record Endpoint(Ipv4 ip, int port) {
    public static final int IKE_PORT = 500;

    public static Endpoint ike(Ipv4 ip) {
        return new Endpoint(ip, IKE_PORT);
    }

    @Override
    public String toString() {
        return ip + ":" + port;
    }
}
