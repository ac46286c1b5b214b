package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A crypto map: its entries by sequence number (a {@link KeyedList}) and an optional local-address interface. */
public record CryptoMap(String name, Optional<InterfaceName> localAddress, List<CryptoMapEntry> entries) {

    static final KeyedList.Keying<Integer, CryptoMapEntry> ENTRIES = KeyedList.sortedBy(CryptoMapEntry::seq);

    public CryptoMap {
        entries = ENTRIES.of(entries);
    }

    public Optional<CryptoMapEntry> entry(int seq) {
        return table().find(seq);
    }

    public CryptoMap withEntry(CryptoMapEntry e) {
        return withEntries(table().with(e));
    }

    public CryptoMap withoutEntry(int seq) {
        return withEntries(table().without(seq));
    }

    private CryptoMap withEntries(KeyedList<Integer, CryptoMapEntry> v) {
        return v == entries ? this : new CryptoMap(name, localAddress, v);
    }

    public CryptoMap withLocalAddress(Optional<InterfaceName> v) {
        return new CryptoMap(name, v, entries);
    }

    /** Like hashCode (equal maps give equal values) but O(1): the entries' running fingerprint, not a walk. */
    int fingerprint() {
        return Objects.hash(name, localAddress, table().fingerprint());
    }

    private KeyedList<Integer, CryptoMapEntry> table() {
        return (KeyedList<Integer, CryptoMapEntry>) entries; // the constructor made it one
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        localAddress.ifPresent(i -> out.add("crypto map " + name + " local-address " + i.canonical()));
        for (CryptoMapEntry e : entries) {
            out.addAll(e.render());
        }
        return out;
    }
}
