package org.iosemu.ike.config;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything the IKE engine needs from the running configuration. */
public record IkeConfig(List<IsakmpPolicy> policies, List<PreSharedKey> keys, Optional<Keepalive> keepalive,
                        List<CryptoMapEntry> cryptoMaps) {
    public static final IkeConfig EMPTY = new IkeConfig(List.of(), List.of(), Optional.empty(), List.of());

    public IkeConfig {
        policies = policies.stream().sorted(Comparator.comparingInt(IsakmpPolicy::priority)).toList();
        keys = List.copyOf(keys);
        cryptoMaps = cryptoMaps.stream().sorted(Comparator.comparing(CryptoMapEntry::mapName).thenComparingInt(CryptoMapEntry::seq)).toList();
    }

    /** The key for a peer: the most specific matching `crypto isakmp key` line. */
    public Optional<PreSharedKey> keyFor(Ipv4 peer) {
        return keys.stream().filter(k -> k.matches(peer)).max(Comparator.comparingInt(k -> k.mask().prefixLength()));
    }
}
