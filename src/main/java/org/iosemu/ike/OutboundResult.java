package org.iosemu.ike;

/** What to do with a clear-text packet leaving an interface with a crypto map. */
public sealed interface OutboundResult {
    /** No crypto map ACL matches: forward in clear. */
    record NotProtected() implements OutboundResult {
    }

    /** Interesting traffic without an IPsec SA: the packet is dropped while IKE negotiates. */
    record DroppedSaPending() implements OutboundResult {
    }

    /** Send {@code esp} as the payload of an IPv4 packet with protocol 50 from local to peer. */
    record Protected(org.iosemu.ike.config.Ipv4 local, org.iosemu.ike.config.Ipv4 peer, int spi, byte[] esp) implements OutboundResult {
    }
}
