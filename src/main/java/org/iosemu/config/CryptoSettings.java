package org.iosemu.config;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything under `crypto ...` in global configuration. Lists are kept in IOS display order, as
 * {@link KeyedList}s: policies by priority, keys by peer, transform sets, EzVPN clients and maps by
 * name; all but policies in the order they were created.
 */
public record CryptoSettings(
        List<IsakmpPolicy> policies,
        List<IsakmpKey> keys,
        Optional<Keepalive> keepalive,
        Optional<Integer> natKeepaliveSeconds,
        boolean invalidSpiRecovery,
        IpsecGlobals ipsec,
        List<TransformSet> transformSets,
        List<EzvpnClient> ezvpnClients,
        List<CryptoMap> maps,
        boolean loggingSession,
        Optional<RsaKeyPair> rsaKeys,
        CryptoProfiles profiles,
        EzvpnServer server) {

    static final KeyedList.Keying<Integer, IsakmpPolicy> POLICIES = KeyedList.sortedBy(IsakmpPolicy::priority);
    static final KeyedList.Keying<IsakmpKey.Peer, IsakmpKey> KEYS = KeyedList.insertionOrderedBy(IsakmpKey::peer);
    static final KeyedList.Keying<String, TransformSet> TRANSFORM_SETS = KeyedList.insertionOrderedBy(TransformSet::name);
    static final KeyedList.Keying<String, EzvpnClient> EZVPN_CLIENTS = KeyedList.insertionOrderedBy(EzvpnClient::name);
    static final KeyedList.Keying<String, CryptoMap> MAPS =
            KeyedList.<String, CryptoMap>insertionOrderedBy(CryptoMap::name).fingerprintedBy(CryptoMap::fingerprint);

    public CryptoSettings {
        policies = POLICIES.of(policies);
        keys = KEYS.of(keys);
        transformSets = TRANSFORM_SETS.of(transformSets);
        ezvpnClients = EZVPN_CLIENTS.of(ezvpnClients);
        maps = MAPS.of(maps);
        java.util.Objects.requireNonNull(profiles);
        java.util.Objects.requireNonNull(server);
    }

    public static CryptoSettings empty() {
        return new CryptoSettings(List.of(), List.of(), Optional.empty(), Optional.empty(), false,
                IpsecGlobals.defaults(), List.of(), List.of(), List.of(), false, Optional.empty(), CryptoProfiles.EMPTY,
                EzvpnServer.EMPTY);
    }

    public Optional<IsakmpPolicy> policy(int priority) {
        return table(policies).find(priority);
    }

    public Optional<TransformSet> transformSet(String name) {
        return table(transformSets).find(name);
    }

    public Optional<EzvpnClient> ezvpn(String name) {
        return table(ezvpnClients).find(name);
    }

    public Optional<CryptoMap> map(String name) {
        return table(maps).find(name);
    }

    public Optional<CryptoMapEntry> mapEntry(String name, int seq) {
        return map(name).flatMap(m -> m.entry(seq));
    }

    public CryptoSettings withPolicy(IsakmpPolicy p) {
        return withPolicies(table(policies).with(p));
    }

    public CryptoSettings withoutPolicy(int priority) {
        return withPolicies(table(policies).without(priority));
    }

    public CryptoSettings withPolicies(List<IsakmpPolicy> v) {
        return new CryptoSettings(v, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys, profiles, server);
    }

    /** Adds {@code key}, or replaces the key for the same peer in its place. */
    public CryptoSettings withKey(IsakmpKey key) {
        return withKeys(table(keys).with(key));
    }

    public CryptoSettings withKeys(List<IsakmpKey> v) {
        return new CryptoSettings(policies, v, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys, profiles, server);
    }

    public CryptoSettings withKeepalive(Optional<Keepalive> v) {
        return new CryptoSettings(policies, keys, v, natKeepaliveSeconds, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys, profiles, server);
    }

    public CryptoSettings withNatKeepalive(Optional<Integer> v) {
        return new CryptoSettings(policies, keys, keepalive, v, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys, profiles, server);
    }

    public CryptoSettings withInvalidSpiRecovery(boolean v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, v, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys, profiles, server);
    }

    public CryptoSettings withIpsec(UnaryOperator<IpsecGlobals> edit) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, edit.apply(ipsec),
                transformSets, ezvpnClients, maps, loggingSession, rsaKeys, profiles, server);
    }

    public CryptoSettings withTransformSet(TransformSet t) {
        return withTransformSets(table(transformSets).with(t));
    }

    public CryptoSettings withoutTransformSet(String name) {
        return withTransformSets(table(transformSets).without(name));
    }

    public CryptoSettings withTransformSets(List<TransformSet> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec, v,
                ezvpnClients, maps, loggingSession, rsaKeys, profiles, server);
    }

    public CryptoSettings withEzvpn(EzvpnClient c) {
        return withEzvpnClients(table(ezvpnClients).with(c));
    }

    public CryptoSettings withoutEzvpn(String name) {
        return withEzvpnClients(table(ezvpnClients).without(name));
    }

    public CryptoSettings withEzvpnClients(List<EzvpnClient> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, v, maps, loggingSession, rsaKeys, profiles, server);
    }

    /** Replaces the map of the same name (or appends it); a map with no entries and no local-address vanishes. */
    public CryptoSettings withMap(CryptoMap m) {
        boolean empty = m.isEmpty();
        return withMaps(empty ? table(maps).without(m.name()) : table(maps).with(m));
    }

    public CryptoSettings withoutMap(String name) {
        return withMaps(table(maps).without(name));
    }

    public CryptoSettings withMaps(List<CryptoMap> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, v, loggingSession, rsaKeys, profiles, server);
    }

    public CryptoSettings withLoggingSession(boolean v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, maps, v, rsaKeys, profiles, server);
    }

    public CryptoSettings withRsaKeys(Optional<RsaKeyPair> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, maps, loggingSession, v, profiles, server);
    }

    public CryptoSettings withProfiles(UnaryOperator<CryptoProfiles> edit) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, maps, loggingSession, rsaKeys, edit.apply(profiles), server);
    }

    public CryptoSettings withServer(UnaryOperator<EzvpnServer> edit) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, maps, loggingSession, rsaKeys, profiles, edit.apply(server));
    }

    /** The constructor made every list a keyed one. */
    @SuppressWarnings("unchecked")
    private static <K, V> KeyedList<K, V> table(List<V> list) {
        return (KeyedList<K, V>) list;
    }
}
