package org.iosemu.ike.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the phase-1 profile for a peer. By address: the profile with the most specific matching address (mask)
 * wins; on a tie, explicit profiles before `crypto isakmp key` lines, then configuration order. By identity: a
 * group name (ID_KEY_ID) or host name (ID_FQDN) must match exactly (the host name without regard to case); an
 * address identity is looked up by address. {@link #select} prefers what the identity names over what the address
 * gives, since the identity is what the peer authenticates as.
 */
public final class PeerProfiles {
    private final List<PeerProfile> profiles;

    /** {@code profiles} first, then one address profile per key line. */
    public PeerProfiles(List<PeerProfile> profiles, List<PreSharedKey> keys) {
        List<PeerProfile> all = new ArrayList<>(profiles);
        keys.forEach(k -> all.add(PeerProfile.of(k)));
        this.profiles = List.copyOf(all);
    }

    public static PeerProfiles of(IkeConfig config) {
        return new PeerProfiles(config.profiles(), config.keys());
    }

    public Optional<PeerProfile> forAddress(Ipv4 peer) {
        PeerProfile best = null;
        int bestLength = -1;
        for (PeerProfile p : profiles) {
            for (PeerProfile.PeerMatch m : p.matches()) {
                if (m instanceof PeerProfile.PeerMatch.ByAddress a && a.matches(peer) && a.mask().prefixLength() > bestLength) {
                    best = p;
                    bestLength = a.mask().prefixLength();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<PeerProfile> forIdentity(PeerIdentity identity) {
        if (identity instanceof PeerIdentity.Address a) {
            return forAddress(a.address());
        }
        for (PeerProfile p : profiles) {
            for (PeerProfile.PeerMatch m : p.matches()) {
                boolean hit = identity instanceof PeerIdentity.KeyId k
                        ? m instanceof PeerProfile.PeerMatch.ByKeyId byKey && byKey.group().equals(k.group())
                        : m instanceof PeerProfile.PeerMatch.ByHostName byName && byName.hostName().equals(((PeerIdentity.HostName) identity).name());
                if (hit) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The profile for a peer at {@code address} presenting {@code identity} (if known yet): by identity first, else by address. */
    public Optional<PeerProfile> select(Ipv4 address, Optional<PeerIdentity> identity) {
        return identity.flatMap(this::forIdentity).or(() -> forAddress(address));
    }
}
