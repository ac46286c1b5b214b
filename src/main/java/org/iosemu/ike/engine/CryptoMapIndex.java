package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.config.CryptoMapEntry;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.MapPeer;

/**
 * Crypto map entries by (local address, peer address), in configuration order: a hub lists one entry per spoke,
 * and each quick mode it answers would otherwise scan all of them.
 */
final class CryptoMapIndex {
    private record Key(Ipv4 local, Ipv4 peer) {
    }

    private final List<CryptoMapEntry> source;
    private final Map<Key, List<CryptoMapEntry>> byPeer = new HashMap<>();

    CryptoMapIndex(List<CryptoMapEntry> entries) {
        this.source = entries;
        for (CryptoMapEntry e : entries) {
            for (MapPeer p : e.peers()) {
                List<CryptoMapEntry> list = byPeer.computeIfAbsent(new Key(e.localAddress(), p.address()), k -> new ArrayList<>());
                // an entry naming the same peer twice is listed once
                if (list.isEmpty() || list.get(list.size() - 1) != e) {
                    list.add(e);
                }
            }
        }
    }

    /** True if this index was built from exactly this list (configurations are replaced, never modified). */
    boolean indexes(List<CryptoMapEntry> entries) {
        return source == entries;
    }

    /** Entries with {@code local} as local address that list {@code peer} among their peers, in configuration order. */
    List<CryptoMapEntry> entries(Ipv4 local, Ipv4 peer) {
        return byPeer.getOrDefault(new Key(local, peer), List.of());
    }
}
