package org.iosemu.ike.config;

import java.util.List;

/**
 * What IPsec SAs are negotiated for, and how (a child policy, whatever IKE version negotiates it): the peers to
 * try in order, transform sets by value, the traffic as a {@link TrafficSelector} (permit lines are the proxy
 * identities), the local address, the crypto access check on clear-text packets, the SA idle timer and the
 * anti-replay window. {@link #origin()} says where it came from (a crypto map entry, a dynamic map, Easy VPN, a
 * tunnel interface). pfsGroup 0 = no PFS.
 */
public record ChildPolicy(PolicyOrigin origin, List<PeerCandidate> peers, List<EspTransform> transformSets,
                       TrafficSelector traffic, int pfsGroup, long lifetimeSeconds, long lifetimeKilobytes,
                          Ipv4 localAddress, ClearTextCheck clearText, SaIdleTimer idleTimer, int replayWindow) {
    public static final long DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KB = 4_608_000;
    /** IOS's anti-replay window, in packets; 0 = `replay disable`. */
    public static final int DEFAULT_REPLAY_WINDOW = 64;
    public static final int MAX_REPLAY_WINDOW = 1024;

    public ChildPolicy {
        if (pfsGroup != 0 && pfsGroup != 1 && pfsGroup != 2 && pfsGroup != 5 && pfsGroup != 14) {
            throw new IllegalArgumentException("unsupported PFS group " + pfsGroup);
        }
        if (lifetimeSeconds <= 0 || lifetimeKilobytes <= 0) {
            throw new IllegalArgumentException("SA lifetimes must be positive");
        }
        java.util.Objects.requireNonNull(origin);
        java.util.Objects.requireNonNull(localAddress);
        peers = List.copyOf(peers);
        transformSets = List.copyOf(transformSets);
        java.util.Objects.requireNonNull(traffic);
        java.util.Objects.requireNonNull(clearText);
        java.util.Objects.requireNonNull(idleTimer);
        if (replayWindow < 0 || replayWindow > MAX_REPLAY_WINDOW) {
            throw new IllegalArgumentException("replay window " + replayWindow);
        }
    }

    /** A `crypto map NAME SEQ ipsec-isakmp` entry. */
    public ChildPolicy(String mapName, int seq, List<PeerCandidate> peers, List<EspTransform> transformSets,
                       TrafficSelector traffic, int pfsGroup, long lifetimeSeconds, long lifetimeKilobytes,
                       Ipv4 localAddress, ClearTextCheck clearText, SaIdleTimer idleTimer, int replayWindow) {
        this(new PolicyOrigin.CryptoMap(mapName, seq), peers, transformSets, traffic, pfsGroup, lifetimeSeconds,
                lifetimeKilobytes, localAddress, clearText, idleTimer, replayWindow);
    }

    /** A crypto map entry without a crypto access check or idle timer, with the default replay window. */
    public ChildPolicy(String mapName, int seq, List<PeerCandidate> peers, List<EspTransform> transformSets,
                       TrafficSelector traffic, int pfsGroup, long lifetimeSeconds, long lifetimeKilobytes,
                       Ipv4 localAddress) {
        this(mapName, seq, peers, transformSets, traffic, pfsGroup, lifetimeSeconds, lifetimeKilobytes, localAddress,
                ClearTextCheck.NONE, SaIdleTimer.NONE, DEFAULT_REPLAY_WINDOW);
    }

    /** A crypto map entry whose ACL has permit lines only, one per proxy identity. */
    public ChildPolicy(String mapName, int seq, List<PeerCandidate> peers, List<EspTransform> transformSets,
                       List<ProxyIdentity> proxies, int pfsGroup, long lifetimeSeconds, long lifetimeKilobytes,
                       Ipv4 localAddress) {
        this(mapName, seq, peers, transformSets, TrafficSelector.permitting(proxies), pfsGroup, lifetimeSeconds,
                lifetimeKilobytes, localAddress);
    }

    /**
     * A dynamic crypto map entry: a responder-only template. It never starts a negotiation; it accepts a peer
     * with no static entry (any peer unless it lists some) for the initiator's proxies, within its ACL if it has one.
     */
    public boolean isTemplate() {
        return origin instanceof PolicyOrigin.DynamicMap;
    }

    /** The ACL's permit lines: the proxy identities Quick Mode offers and accepts. */
    public List<ProxyIdentity> proxies() {
        return traffic.proxies();
    }

    /** The same entry with another anti-replay window (0 = disabled). */
    public ChildPolicy withReplayWindow(int packets) {
        return new ChildPolicy(origin, peers, transformSets, traffic, pfsGroup, lifetimeSeconds, lifetimeKilobytes,
                localAddress, clearText, idleTimer, packets);
    }

    public String mapName() {
        return origin.mapName();
    }

    public int seq() {
        return origin.seq();
    }

    public String key() {
        return origin.key();
    }
}
