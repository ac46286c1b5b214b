package org.iosemu.ike.config;

/**
 * One network of an Easy VPN split-tunnel list (Cisco Unity SPLIT_INCLUDE): traffic to it goes through the tunnel,
 * the rest in clear. Protocol 0 and ports 0 mean any, as IOS sends them.
 */
public record SplitNetwork(Ipv4 address, Ipv4 mask, int protocol, int sourcePort, int destinationPort) {
    public SplitNetwork {
        java.util.Objects.requireNonNull(address);
        java.util.Objects.requireNonNull(mask);
    }

    public static SplitNetwork of(Ipv4 address, Ipv4 mask) {
        return new SplitNetwork(address, mask, 0, 0, 0);
    }
}
