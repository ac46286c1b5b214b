package org.iosemu.ike.config;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the IKE engine needs from the running configuration. {@code invalidSpiRecovery}: an ESP packet
 * with an unknown SPI makes the engine set up an IKE SA with its sender and report the SPI (INVALID_SPI).
 * Peers are served by {@code profiles} and, by address, by the {@code keys} lines ({@link PeerProfiles} picks one);
 * {@code keepalive} is the global DPD setting a profile may override. {@code easyVpnRemotes}: the Easy VPN
 * remotes this router runs (each one its own phase-1 peer and child policy, see {@link EasyVpnRemote}).
 */
public record IkeConfig(List<IkeProposal> policies, List<PreSharedKey> keys, Optional<DpdSettings> keepalive,
                        List<ChildPolicy> cryptoMaps, NatTransparency natTransparency, boolean invalidSpiRecovery,
                        List<PeerProfile> profiles, List<EasyVpnRemote> easyVpnRemotes) {
    public static final IkeConfig EMPTY = new IkeConfig(List.of(), List.of(), Optional.empty(), List.of());

    /** A configuration with the IOS NAT-T defaults (enabled, no NAT keepalives). */
    public IkeConfig(List<IkeProposal> policies, List<PreSharedKey> keys, Optional<DpdSettings> keepalive, List<ChildPolicy> cryptoMaps) {
        this(policies, keys, keepalive, cryptoMaps, NatTransparency.DEFAULT);
    }

    /** Without `crypto isakmp invalid-spi-recovery` (IOS's default). */
    public IkeConfig(List<IkeProposal> policies, List<PreSharedKey> keys, Optional<DpdSettings> keepalive,
                     List<ChildPolicy> cryptoMaps, NatTransparency natTransparency) {
        this(policies, keys, keepalive, cryptoMaps, natTransparency, false);
    }

    /** Without phase-1 profiles: every peer is served by the `crypto isakmp key` lines. */
    public IkeConfig(List<IkeProposal> policies, List<PreSharedKey> keys, Optional<DpdSettings> keepalive,
                     List<ChildPolicy> cryptoMaps, NatTransparency natTransparency, boolean invalidSpiRecovery) {
        this(policies, keys, keepalive, cryptoMaps, natTransparency, invalidSpiRecovery, List.of());
    }

    /** Without Easy VPN remotes. */
    public IkeConfig(List<IkeProposal> policies, List<PreSharedKey> keys, Optional<DpdSettings> keepalive,
                     List<ChildPolicy> cryptoMaps, NatTransparency natTransparency, boolean invalidSpiRecovery,
                     List<PeerProfile> profiles) {
        this(policies, keys, keepalive, cryptoMaps, natTransparency, invalidSpiRecovery, profiles, List.of());
    }

    public IkeConfig {
        java.util.Objects.requireNonNull(natTransparency);
        easyVpnRemotes = List.copyOf(easyVpnRemotes);
        policies = policies.stream().sorted(Comparator.comparingInt(IkeProposal::priority)).toList();
        keys = List.copyOf(keys);
        profiles = List.copyOf(profiles);
        cryptoMaps = cryptoMaps.stream().sorted(Comparator.comparing(ChildPolicy::mapName).thenComparingInt(ChildPolicy::seq)).toList();
    }

    public IkeConfig withNatTransparency(NatTransparency nat) {
        return new IkeConfig(policies, keys, keepalive, cryptoMaps, nat, invalidSpiRecovery, profiles, easyVpnRemotes);
    }

    public IkeConfig withEasyVpnRemotes(List<EasyVpnRemote> remotes) {
        return new IkeConfig(policies, keys, keepalive, cryptoMaps, natTransparency, invalidSpiRecovery, profiles, remotes);
    }

    public IkeConfig withProfiles(List<PeerProfile> newProfiles) {
        return new IkeConfig(policies, keys, keepalive, cryptoMaps, natTransparency, invalidSpiRecovery, newProfiles, easyVpnRemotes);
    }
}
