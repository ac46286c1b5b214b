package org.iosemu.ike.config;

/**
 * A DPD setting for the peers in {@code address}/{@code mask} that overrides the global keepalive (an ISAKMP
 * profile's `keepalive SECONDS retry R`, for the peers the profile is for).
 */
public record PeerKeepalive(Ipv4 address, Ipv4 mask, Keepalive keepalive) {
    public PeerKeepalive {
        java.util.Objects.requireNonNull(address);
        java.util.Objects.requireNonNull(mask);
        java.util.Objects.requireNonNull(keepalive);
    }

    public boolean matches(Ipv4 peer) {
        return peer.inSubnet(address, mask);
    }
}
