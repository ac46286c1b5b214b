package org.iosemu.ike.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerCandidate;

/**
 * Stateless failover across `set peer` lines: the current peer of each crypto map entry moves on when the peer
 * is declared dead. A peer flagged `default` is where failover returns first.
 */
final class PeerFailover {
    private final Map<String, Integer> currentIndex = new HashMap<>();

    Ipv4 current(ChildPolicy entry) {
        List<PeerCandidate> peers = entry.peers();
        if (peers.isEmpty()) {
            return null;
        }
        int i = currentIndex.getOrDefault(entry.key(), 0);
        return peers.get(i < peers.size() ? i : 0).address();
    }

    /** A change of an entry's current peer. */
    record Move(ChildPolicy entry, Ipv4 from, Ipv4 to) {
    }

    /** Moves every entry whose current peer is {@code dead} to its next peer; returns the moves. */
    List<Move> peerFailed(List<ChildPolicy> entries, Ipv4 dead) {
        List<Move> moved = new java.util.ArrayList<>();
        for (ChildPolicy e : entries) {
            List<PeerCandidate> peers = e.peers();
            if (peers.size() < 2 || !dead.equals(current(e))) {
                continue;
            }
            int i = currentIndex.getOrDefault(e.key(), 0);
            int defaultIndex = defaultIndex(peers);
            int next = (defaultIndex >= 0 && defaultIndex != i) ? defaultIndex : (i + 1) % peers.size();
            currentIndex.put(e.key(), next);
            moved.add(new Move(e, dead, peers.get(next).address()));
        }
        return moved;
    }

    /** Points the entry at its `default` peer again (no change for an entry without one, or already there). */
    java.util.Optional<Move> returnToDefault(ChildPolicy entry) {
        int defaultIndex = defaultIndex(entry.peers());
        Ipv4 before = current(entry);
        if (defaultIndex < 0) {
            return java.util.Optional.empty();
        }
        currentIndex.put(entry.key(), defaultIndex);
        Ipv4 after = current(entry);
        return after.equals(before) ? java.util.Optional.empty() : java.util.Optional.of(new Move(entry, before, after));
    }

    /** Keeps indices valid after a configuration change. */
    void retain(List<ChildPolicy> entries) {
        Map<String, ChildPolicy> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        currentIndex.entrySet().removeIf(en -> !byKey.containsKey(en.getKey()) || en.getValue() >= byKey.get(en.getKey()).peers().size());
    }

    private static int defaultIndex(List<PeerCandidate> peers) {
        for (int i = 0; i < peers.size(); i++) {
            if (peers.get(i).isDefault()) {
                return i;
            }
        }
        return -1;
    }
}
