package org.iosemu.ike;

import java.util.Optional;

/** What to do with a clear-text packet leaving an interface with a crypto map. */
public sealed interface OutboundResult {
    /** No crypto map ACL matches: forward in clear. */
    record NotProtected() implements OutboundResult {
    }

    /** Interesting traffic without an IPsec SA: the packet is dropped while IKE negotiates. */
    record DroppedSaPending() implements OutboundResult {
    }

    /** The crypto map entry {@code entry} ("MAP SEQ") protects the packet but its outbound access group denies it. */
    record DroppedByAccessCheck(String entry) implements OutboundResult {
    }

    /**
     * Send {@code esp} from local to peer: as the payload of an IPv4 packet with protocol 50, or, when
     * {@code udp} is present (NAT-T, encapsulation mode 3/4), as the payload of a UDP datagram between those
     * ports (RFC 3948, no marker).
     */
    record Protected(org.iosemu.ike.config.Ipv4 local, org.iosemu.ike.config.Ipv4 peer, int spi, byte[] esp, Optional<UdpPorts> udp)
            implements OutboundResult {
        public Protected(org.iosemu.ike.config.Ipv4 local, org.iosemu.ike.config.Ipv4 peer, int spi, byte[] esp) {
            this(local, peer, spi, esp, Optional.empty());
        }
    }

    /**
     * The packet is longer than the SA's plaintext MTU (what fits one ESP packet in its path MTU) and the caller
     * asked not to encrypt it whole: nothing was encrypted or counted.
     */
    record TooBig(int plaintextMtu) implements OutboundResult {
    }

    /** UDP ports of ESP-in-UDP: normally 4500 both, the peer's port differs behind a NAT. */
    record UdpPorts(int localPort, int peerPort) {
    }
}
