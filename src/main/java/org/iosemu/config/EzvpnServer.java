package org.iosemu.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Easy VPN server's and responder's crypto lines: client configuration groups, dynamic crypto maps
 * (templates whose entries are {@link CryptoMapEntry}s, keyed by name like static maps) and `crypto isakmp
 * xauth timeout`. Lists keep creation order, as show run lists them.
 */
public record EzvpnServer(List<ClientConfigGroup> groups, List<CryptoMap> dynamicMaps, OptionalInt xauthTimeout) {

    static final KeyedList.Keying<String, ClientConfigGroup> GROUPS =
            KeyedList.insertionOrderedBy(ClientConfigGroup::name);
    static final KeyedList.Keying<String, CryptoMap> DYNAMIC_MAPS =
            KeyedList.<String, CryptoMap>insertionOrderedBy(CryptoMap::name).fingerprintedBy(CryptoMap::fingerprint);

    public static final EzvpnServer EMPTY = new EzvpnServer(List.of(), List.of(), OptionalInt.empty());

    public EzvpnServer {
        groups = GROUPS.of(groups);
        dynamicMaps = DYNAMIC_MAPS.of(dynamicMaps);
    }

    public Optional<ClientConfigGroup> group(String name) {
        return table(groups).find(name);
    }

    public Optional<CryptoMap> dynamicMap(String name) {
        return table(dynamicMaps).find(name);
    }

    public EzvpnServer withGroup(ClientConfigGroup g) {
        return new EzvpnServer(table(groups).with(g), dynamicMaps, xauthTimeout);
    }

    public EzvpnServer withoutGroup(String name) {
        return new EzvpnServer(table(groups).without(name), dynamicMaps, xauthTimeout);
    }

    /** Replaces the dynamic map of the same name; one without entries vanishes. */
    public EzvpnServer withDynamicMap(CryptoMap m) {
        KeyedList<String, CryptoMap> maps = table(dynamicMaps);
        return new EzvpnServer(groups, m.entries().isEmpty() ? maps.without(m.name()) : maps.with(m), xauthTimeout);
    }

    public EzvpnServer withoutDynamicMap(String name) {
        return new EzvpnServer(groups, table(dynamicMaps).without(name), xauthTimeout);
    }

    public EzvpnServer withXauthTimeout(OptionalInt v) {
        return new EzvpnServer(groups, dynamicMaps, v);
    }

    /** The constructor made every list a keyed one. */
    @SuppressWarnings("unchecked")
    private static <K, V> KeyedList<K, V> table(List<V> list) {
        return (KeyedList<K, V>) list;
    }
}
