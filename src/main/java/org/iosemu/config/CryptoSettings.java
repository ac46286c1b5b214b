package org.iosemu.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Everything under `crypto ...` in global configuration. Lists are kept in IOS display order. */
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
        Optional<RsaKeyPair> rsaKeys) {

    public CryptoSettings {
        policies = policies.stream().sorted(Comparator.comparingInt(IsakmpPolicy::priority)).toList();
        keys = List.copyOf(keys);
        transformSets = List.copyOf(transformSets);
        ezvpnClients = List.copyOf(ezvpnClients);
        maps = List.copyOf(maps);
    }

    public static CryptoSettings empty() {
        return new CryptoSettings(List.of(), List.of(), Optional.empty(), Optional.empty(), false,
                IpsecGlobals.defaults(), List.of(), List.of(), List.of(), false, Optional.empty());
    }

    public Optional<IsakmpPolicy> policy(int priority) {
        return policies.stream().filter(p -> p.priority() == priority).findFirst();
    }

    public Optional<TransformSet> transformSet(String name) {
        return transformSets.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EzvpnClient> ezvpn(String name) {
        return ezvpnClients.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<CryptoMap> map(String name) {
        return maps.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<CryptoMapEntry> mapEntry(String name, int seq) {
        return map(name).flatMap(m -> m.entry(seq));
    }

    public CryptoSettings withPolicy(IsakmpPolicy p) {
        List<IsakmpPolicy> l = new ArrayList<>(policies);
        l.removeIf(x -> x.priority() == p.priority());
        l.add(p);
        return withPolicies(l);
    }

    public CryptoSettings withoutPolicy(int priority) {
        List<IsakmpPolicy> l = new ArrayList<>(policies);
        l.removeIf(x -> x.priority() == priority);
        return withPolicies(l);
    }

    public CryptoSettings withPolicies(List<IsakmpPolicy> v) {
        return new CryptoSettings(v, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys);
    }

    public CryptoSettings withKeys(List<IsakmpKey> v) {
        return new CryptoSettings(policies, v, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys);
    }

    public CryptoSettings withKeepalive(Optional<Keepalive> v) {
        return new CryptoSettings(policies, keys, v, natKeepaliveSeconds, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys);
    }

    public CryptoSettings withNatKeepalive(Optional<Integer> v) {
        return new CryptoSettings(policies, keys, keepalive, v, invalidSpiRecovery, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys);
    }

    public CryptoSettings withInvalidSpiRecovery(boolean v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, v, ipsec, transformSets,
                ezvpnClients, maps, loggingSession, rsaKeys);
    }

    public CryptoSettings withIpsec(UnaryOperator<IpsecGlobals> edit) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, edit.apply(ipsec),
                transformSets, ezvpnClients, maps, loggingSession, rsaKeys);
    }

    public CryptoSettings withTransformSet(TransformSet t) {
        List<TransformSet> l = new ArrayList<>(transformSets);
        int i = indexOf(l, x -> x.name().equals(t.name()));
        if (i >= 0) {
            l.set(i, t);
        } else {
            l.add(t);
        }
        return withTransformSets(l);
    }

    public CryptoSettings withTransformSets(List<TransformSet> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec, v,
                ezvpnClients, maps, loggingSession, rsaKeys);
    }

    public CryptoSettings withEzvpn(EzvpnClient c) {
        List<EzvpnClient> l = new ArrayList<>(ezvpnClients);
        int i = indexOf(l, x -> x.name().equals(c.name()));
        if (i >= 0) {
            l.set(i, c);
        } else {
            l.add(c);
        }
        return withEzvpnClients(l);
    }

    public CryptoSettings withEzvpnClients(List<EzvpnClient> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, v, maps, loggingSession, rsaKeys);
    }

    /** Replaces the map of the same name (or appends it); a map with no entries and no local-address vanishes. */
    public CryptoSettings withMap(CryptoMap m) {
        List<CryptoMap> l = new ArrayList<>(maps);
        int i = indexOf(l, x -> x.name().equals(m.name()));
        boolean empty = m.entries().isEmpty() && m.localAddress().isEmpty();
        if (i >= 0) {
            if (empty) {
                l.remove(i);
            } else {
                l.set(i, m);
            }
        } else if (!empty) {
            l.add(m);
        }
        return withMaps(l);
    }

    public CryptoSettings withMaps(List<CryptoMap> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, v, loggingSession, rsaKeys);
    }

    public CryptoSettings withLoggingSession(boolean v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, maps, v, rsaKeys);
    }

    public CryptoSettings withRsaKeys(Optional<RsaKeyPair> v) {
        return new CryptoSettings(policies, keys, keepalive, natKeepaliveSeconds, invalidSpiRecovery, ipsec,
                transformSets, ezvpnClients, maps, loggingSession, v);
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
