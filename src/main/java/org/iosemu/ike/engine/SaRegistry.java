package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.iosemu.ike.config.Ipv4;

/**
 * The live SAs of one kind in creation order, indexed by peer address. A hub has thousands of peers: adding,
 * removing and finding the SAs of one peer must not scan all of them. Iteration order, overall and per peer,
 * is the order of {@link #add}.
 */
final class SaRegistry<T> {
    private final Function<T, Ipv4> peerOf;
    private final Set<T> all = new LinkedHashSet<>();
    private final Map<Ipv4, Set<T>> byPeer = new HashMap<>();

    /** {@code peerOf} must stay the same while an SA is registered (an SA never changes its peer address). */
    SaRegistry(Function<T, Ipv4> peerOf) {
        this.peerOf = peerOf;
    }

    void add(T sa) {
        if (all.add(sa)) {
            byPeer.computeIfAbsent(peerOf.apply(sa), p -> new LinkedHashSet<>()).add(sa);
        }
    }

    /** Removes {@code sa}; false if it was not registered. */
    boolean remove(T sa) {
        if (!all.remove(sa)) {
            return false;
        }
        Ipv4 peer = peerOf.apply(sa);
        Set<T> ofPeer = byPeer.get(peer);
        ofPeer.remove(sa);
        if (ofPeer.isEmpty()) {
            byPeer.remove(peer);
        }
        return true;
    }

    boolean contains(T sa) {
        return all.contains(sa);
    }

    /** Read-only live view of every SA; do not change the registry while iterating it. */
    Collection<T> view() {
        return Collections.unmodifiableSet(all);
    }

    /** A snapshot of every SA, safe to iterate while SAs are added or removed. */
    List<T> list() {
        return new ArrayList<>(all);
    }

    /** A snapshot of the SAs with {@code peer}, safe to iterate while SAs are added or removed. */
    List<T> withPeer(Ipv4 peer) {
        Set<T> ofPeer = byPeer.get(peer);
        return ofPeer == null ? List.of() : new ArrayList<>(ofPeer);
    }
}
