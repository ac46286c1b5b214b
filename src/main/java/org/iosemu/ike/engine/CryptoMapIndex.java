package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerCandidate;

/**
 * Crypto map entries by (local address, peer address), in configuration order: a hub lists one entry per spoke,
 * and each quick mode it answers would otherwise scan all of them.
 */
final class CryptoMapIndex {
    private record Key(Ipv4 local, Ipv4 peer) {
    }

    private final List<ChildPolicy> source;
    private final Map<Key, List<ChildPolicy>> byPeer = new HashMap<>();

    CryptoMapIndex(List<ChildPolicy> entries) {
        this.source = entries;
        for (ChildPolicy e : entries) {
            for (PeerCandidate p : e.peers()) {
                List<ChildPolicy> list = byPeer.computeIfAbsent(new Key(e.localAddress(), p.address()), k -> new ArrayList<>());
                // an entry naming the same peer twice is listed once
                if (list.isEmpty() || list.get(list.size() - 1) != e) {
                    list.add(e);
                }
            }
        }
    }

    /** True if this index was built from exactly this list (configurations are replaced, never modified). */
    boolean indexes(List<ChildPolicy> entries) {
        return source == entries;
    }

    /** Entries with {@code local} as local address that list {@code peer} among their peers, in configuration order. */
    List<ChildPolicy> entries(Ipv4 local, Ipv4 peer) {
        return byPeer.getOrDefault(new Key(local, peer), List.of());
    }
}
