package org.iosemu.config;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.pcollections.OrderedPMap;
import org.pcollections.PMap;
import org.pcollections.TreePMap;

/**
 * An immutable list of config items, one per key, in IOS display order (by key, or in order of
 * creation), backed by a persistent map: lookup, replace and remove are O(log n) and the result shares
 * every untouched node with the list it came from, so a snapshot per command costs no copy.
 *
 * <p>It is a {@link java.util.List} (equal to any list with the same items in the same order). A running sum of
 * item fingerprints makes {@code equals} between two versions O(1) when they differ, which is what
 * {@link ConfigStore} asks after every command.
 */
public final class KeyedList<K, V> extends AbstractList<V> {

    /** How items are keyed and ordered; lists of the same keying are adopted as they are, never copied. */
    public static final class Keying<K, V> {
        private final Function<? super V, ? extends K> key;
        private final PMap<K, V> emptyMap;
        private final ToIntFunction<? super V> fingerprint;
        private final Summary<V, ?> summary;
        private final KeyedList<K, V> empty;

        private Keying(Function<? super V, ? extends K> key, PMap<K, V> emptyMap, ToIntFunction<? super V> fingerprint,
                       Summary<V, ?> summary) {
            this.key = key;
            this.emptyMap = emptyMap;
            this.fingerprint = fingerprint;
            this.summary = summary;
            this.empty = new KeyedList<>(this, emptyMap, 0, summary == null ? null : summary.empty());
        }

        /**
         * The same keying with a cheaper fingerprint for items that hold keyed lists themselves. Items that
         * are equal must have equal fingerprints.
         */
        public Keying<K, V> fingerprintedBy(ToIntFunction<? super V> f) {
            return new Keying<>(key, emptyMap, f, summary);
        }

        /** The same keying, keeping {@code s} up to date with every edit (one summary per keying). */
        public Keying<K, V> summarizedBy(Summary<V, ?> s) {
            return new Keying<>(key, emptyMap, fingerprint, s);
        }

        public KeyedList<K, V> empty() {
            return empty;
        }

        /** {@code items} as a keyed list: itself if it already is one of this keying, else a sorted copy. */
        @SuppressWarnings("unchecked")
        public KeyedList<K, V> of(Collection<? extends V> items) {
            if (items instanceof KeyedList<?, ?> k && k.keying == this) {
                return (KeyedList<K, V>) k;
            }
            KeyedList<K, V> out = empty;
            for (V item : items) {
                if (out.map.containsKey(key.apply(item))) {
                    throw new IllegalArgumentException("two items with the key " + key.apply(item));
                }
                out = out.with(item);
            }
            return out;
        }
    }

    /** Items ordered by their key's natural order (interface name, ACL number, priority, sequence). */
    public static <K extends Comparable<? super K>, V> Keying<K, V> sortedBy(Function<? super V, ? extends K> key) {
        return new Keying<>(key, TreePMap.empty(), Objects::hashCode, null);
    }

    /** Items in the order they were first created; replacing one keeps its place, as IOS does. */
    public static <K, V> Keying<K, V> insertionOrderedBy(Function<? super V, ? extends K> key) {
        return new Keying<>(key, OrderedPMap.empty(), Objects::hashCode, null);
    }

    /**
     * A persistent value derived from the items (such as an index by another key), updated per edit
     * rather than rebuilt, so it costs no more than the edit itself.
     */
    public interface Summary<V, S> {
        S empty();

        /** {@code s} with {@code old} (null when added) replaced by {@code item} (null when removed). */
        S update(S s, V old, V item);
    }

    private final Keying<K, V> keying;
    private final PMap<K, V> map;
    private final int fingerprint;
    private final Object summary;
    private volatile Object[] indexed; // built on the first get(int), for renderers that index
    private int hash; // List.hashCode, computed on demand

    private KeyedList(Keying<K, V> keying, PMap<K, V> map, int fingerprint, Object summary) {
        this.keying = keying;
        this.map = map;
        this.fingerprint = fingerprint;
        this.summary = summary;
    }

    /** The summary the keying keeps; {@code which} must be the one it was given. */
    @SuppressWarnings("unchecked")
    public <S> S summary(Summary<V, S> which) {
        if (which != keying.summary) {
            throw new IllegalArgumentException("not this list's summary");
        }
        return (S) summary;
    }

    @SuppressWarnings("unchecked")
    private Object updatedSummary(V old, V item) {
        return keying.summary == null ? null : ((Summary<V, Object>) keying.summary).update(summary, old, item);
    }

    public Optional<V> find(K key) {
        return Optional.ofNullable(map.get(key));
    }

    public boolean containsKey(K key) {
        return map.containsKey(key);
    }

    /** Adds {@code item}, or replaces the one with its key; this list itself if that item is already here. */
    public KeyedList<K, V> with(V item) {
        K k = keying.key.apply(item);
        V old = map.get(k);
        int added = keying.fingerprint.applyAsInt(item);
        int removed = old == null ? 0 : keying.fingerprint.applyAsInt(old);
        if (old != null && added == removed && item.equals(old)) { // fingerprints first: equals may walk lists
            return this;
        }
        return new KeyedList<>(keying, map.plus(k, item), fingerprint + added - removed, updatedSummary(old, item));
    }

    /** Removes the item with {@code key}; this list itself if there is none. */
    public KeyedList<K, V> without(K key) {
        V old = map.get(key);
        if (old == null) {
            return this;
        }
        return new KeyedList<>(keying, map.minus(key), fingerprint - keying.fingerprint.applyAsInt(old),
                updatedSummary(old, null));
    }

    /** Order-independent digest of the items: equal lists have equal fingerprints. */
    public int fingerprint() {
        return fingerprint;
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Iterator<V> iterator() {
        Iterator<V> values = map.values().iterator();
        return new Iterator<>() { // read-only whatever the map's iterator allows
            @Override
            public boolean hasNext() {
                return values.hasNext();
            }

            @Override
            public V next() {
                return values.next();
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(int index) {
        Object[] a = indexed;
        if (a == null) {
            a = map.values().toArray();
            indexed = a;
        }
        Objects.checkIndex(index, a.length);
        return (V) a[index];
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof KeyedList<?, ?> k && k.keying == keying
                && (k.fingerprint != fingerprint || k.size() != size())) {
            return false;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }
}
