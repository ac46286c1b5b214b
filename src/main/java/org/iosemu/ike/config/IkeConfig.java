package org.iosemu.ike.config;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the IKE engine needs from the running configuration. {@code invalidSpiRecovery}: an ESP packet
 * with an unknown SPI makes the engine set up an IKE SA with its sender and report the SPI (INVALID_SPI).
 * {@code peerKeepalives} override the global {@code keepalive} for their peers (the most specific one wins).
 */
public record IkeConfig(List<IsakmpPolicy> policies, List<PreSharedKey> keys, Optional<Keepalive> keepalive,
                        List<CryptoMapEntry> cryptoMaps, NatTransparency natTransparency, boolean invalidSpiRecovery,
                        List<PeerKeepalive> peerKeepalives) {
    public static final IkeConfig EMPTY = new IkeConfig(List.of(), List.of(), Optional.empty(), List.of());

    /** A configuration with the IOS NAT-T defaults (enabled, no NAT keepalives). */
    public IkeConfig(List<IsakmpPolicy> policies, List<PreSharedKey> keys, Optional<Keepalive> keepalive, List<CryptoMapEntry> cryptoMaps) {
        this(policies, keys, keepalive, cryptoMaps, NatTransparency.DEFAULT);
    }

    /** Without `crypto isakmp invalid-spi-recovery` (IOS's default). */
    public IkeConfig(List<IsakmpPolicy> policies, List<PreSharedKey> keys, Optional<Keepalive> keepalive,
                     List<CryptoMapEntry> cryptoMaps, NatTransparency natTransparency) {
        this(policies, keys, keepalive, cryptoMaps, natTransparency, false);
    }

    /** Every peer with the global keepalive. */
    public IkeConfig(List<IsakmpPolicy> policies, List<PreSharedKey> keys, Optional<Keepalive> keepalive,
                     List<CryptoMapEntry> cryptoMaps, NatTransparency natTransparency, boolean invalidSpiRecovery) {
        this(policies, keys, keepalive, cryptoMaps, natTransparency, invalidSpiRecovery, List.of());
    }

    public IkeConfig {
        peerKeepalives = List.copyOf(peerKeepalives);
        java.util.Objects.requireNonNull(natTransparency);
        policies = policies.stream().sorted(Comparator.comparingInt(IsakmpPolicy::priority)).toList();
        keys = List.copyOf(keys);
        cryptoMaps = cryptoMaps.stream().sorted(Comparator.comparing(CryptoMapEntry::mapName).thenComparingInt(CryptoMapEntry::seq)).toList();
    }

    public IkeConfig withNatTransparency(NatTransparency nat) {
        return new IkeConfig(policies, keys, keepalive, cryptoMaps, nat, invalidSpiRecovery, peerKeepalives);
    }

    /** The DPD setting for a peer: the most specific peer keepalive that covers it, else the global one. */
    public Optional<Keepalive> keepaliveFor(Ipv4 peer) {
        return peerKeepalives.stream().filter(k -> k.matches(peer))
                .max(Comparator.comparingInt(k -> k.mask().prefixLength())).map(PeerKeepalive::keepalive)
                .or(() -> keepalive);
    }

    /** The key for a peer: the most specific matching `crypto isakmp key` line. */
    public Optional<PreSharedKey> keyFor(Ipv4 peer) {
        return keys.stream().filter(k -> k.matches(peer)).max(Comparator.comparingInt(k -> k.mask().prefixLength()));
    }
}
