package org.iosemu.ike.config;

import java.util.Optional;

/**
 * Crypto access check on clear-text packets (`set ip access-group ACL in|out` on a crypto map entry): the
 * packets the entry decrypts ({@code in}) and the ones it is about to encrypt ({@code out}) must be permitted by
 * the list, or they are dropped. As with any access list used as a filter, the first matching rule decides and
 * a packet no rule matches is denied; without a list for a direction nothing is checked.
 */
public record ClearTextCheck(Optional<TrafficSelector> in, Optional<TrafficSelector> out) {

    public static final ClearTextCheck NONE = new ClearTextCheck(Optional.empty(), Optional.empty());

    /** A decrypted packet from the peer's side (source) to this side (destination). */
    public boolean allowsInbound(Ipv4 src, Ipv4 dst, int protocol, int srcPort, int dstPort) {
        return allows(in, src, dst, protocol, srcPort, dstPort);
    }

    /** A clear-text packet about to be encrypted towards the peer. */
    public boolean allowsOutbound(Ipv4 src, Ipv4 dst, int protocol, int srcPort, int dstPort) {
        return allows(out, src, dst, protocol, srcPort, dstPort);
    }

    private static boolean allows(Optional<TrafficSelector> list, Ipv4 src, Ipv4 dst, int protocol, int srcPort,
                                  int dstPort) {
        return list.map(l -> l.firstMatch(src, dst, protocol, srcPort, dstPort)
                .map(TrafficSelector.Rule::permit).orElse(false)).orElse(true);
    }
}
