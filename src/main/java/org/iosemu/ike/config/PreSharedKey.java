package org.iosemu.ike.config;

/** `crypto isakmp key KEY address A [MASK]`. */
public record PreSharedKey(String key, Ipv4 address, Ipv4 mask) {
    public boolean matches(Ipv4 peer) {
        return peer.inSubnet(address, mask);
    }
}
