package org.iosemu.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A crypto map: its entries by sequence number and an optional local-address interface. */
public record CryptoMap(String name, Optional<InterfaceName> localAddress, List<CryptoMapEntry> entries) {

    public CryptoMap {
        entries = entries.stream().sorted(Comparator.comparingInt(CryptoMapEntry::seq)).toList();
    }

    public Optional<CryptoMapEntry> entry(int seq) {
        return entries.stream().filter(e -> e.seq() == seq).findFirst();
    }

    public CryptoMap withEntry(CryptoMapEntry e) {
        List<CryptoMapEntry> list = new ArrayList<>(entries);
        list.removeIf(x -> x.seq() == e.seq());
        list.add(e);
        return new CryptoMap(name, localAddress, list);
    }

    public CryptoMap withoutEntry(int seq) {
        List<CryptoMapEntry> list = new ArrayList<>(entries);
        list.removeIf(x -> x.seq() == seq);
        return new CryptoMap(name, localAddress, list);
    }

    public CryptoMap withLocalAddress(Optional<InterfaceName> v) {
        return new CryptoMap(name, v, entries);
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
