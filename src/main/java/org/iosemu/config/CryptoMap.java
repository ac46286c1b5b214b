package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A crypto map: its entries by sequence number (a {@link KeyedList}), an optional local-address interface and
 * the map-wide Easy VPN server lines. A dynamic crypto map (a template) is a map of the same shape.
 */
public record CryptoMap(String name, Optional<InterfaceName> localAddress, List<CryptoMapEntry> entries,
                        MapClientLines client) {

    /**
     * `crypto map NAME client authentication list L` (XAUTH on), `crypto map NAME isakmp authorization list L`
     * (group lookup) and `crypto map NAME client configuration address respond|initiate`.
     */
    public record MapClientLines(Optional<String> authenticationList, Optional<String> authorizationList,
                                 Optional<IsakmpProfile.ClientAddress> address) {
        public static final MapClientLines NONE = new MapClientLines(Optional.empty(), Optional.empty(), Optional.empty());

        public boolean isEmpty() {
            return equals(NONE);
        }

        List<String> render(String map) {
            List<String> out = new ArrayList<>();
            authenticationList.ifPresent(l -> out.add("crypto map " + map + " client authentication list " + l));
            authorizationList.ifPresent(l -> out.add("crypto map " + map + " isakmp authorization list " + l));
            address.ifPresent(a -> out.add("crypto map " + map + " client configuration address "
                    + a.name().toLowerCase(java.util.Locale.ROOT)));
            return out;
        }
    }

    public CryptoMap(String name, Optional<InterfaceName> localAddress, List<CryptoMapEntry> entries) {
        this(name, localAddress, entries, MapClientLines.NONE);
    }

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
        return v == entries ? this : new CryptoMap(name, localAddress, v, client);
    }

    public CryptoMap withLocalAddress(Optional<InterfaceName> v) {
        return new CryptoMap(name, v, entries, client);
    }

    public CryptoMap withClient(MapClientLines v) {
        return new CryptoMap(name, localAddress, entries, v);
    }

    /** Nothing left to show: no entries, no local-address, no map-wide lines. */
    public boolean isEmpty() {
        return entries.isEmpty() && localAddress.isEmpty() && client.isEmpty();
    }

    /** Like hashCode (equal maps give equal values) but O(1): the entries' running fingerprint, not a walk. */
    int fingerprint() {
        return Objects.hash(name, localAddress, client, table().fingerprint());
    }

    private KeyedList<Integer, CryptoMapEntry> table() {
        return (KeyedList<Integer, CryptoMapEntry>) entries; // the constructor made it one
    }

    public List<String> render() {
        List<String> out = new ArrayList<>(client.render(name));
        localAddress.ifPresent(i -> out.add("crypto map " + name + " local-address " + i.canonical()));
        for (CryptoMapEntry e : entries) {
            out.addAll(e.render());
        }
        return out;
    }

    /** A dynamic map's entries, each followed by `!` as IOS writes them. */
    public List<String> renderDynamic() {
        List<String> out = new ArrayList<>();
        for (CryptoMapEntry e : entries) {
            out.addAll(e.renderDynamic());
            out.add("!");
        }
        return out;
    }
}
