package org.iosemu.config;

import java.util.List;
import java.util.Optional;

/**
 * Keyrings, ISAKMP profiles and IPsec profiles, with the global ISAKMP options that go with them
 * (`crypto isakmp identity`, `aggressive-mode disable`, `fragmentation`). Lists keep creation order, as show
 * run lists them.
 */
public record CryptoProfiles(List<CryptoKeyring> keyrings, List<IsakmpProfile> isakmpProfiles,
                             List<IpsecProfile> ipsecProfiles, IsakmpIdentity identity,
                             boolean aggressiveModeDisabled, boolean fragmentation) {

    /** `crypto isakmp identity address | hostname | dn`; address is the default and not shown. */
    public enum IsakmpIdentity {
        ADDRESS, HOSTNAME, DN;

        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final KeyedList.Keying<String, CryptoKeyring> KEYRINGS = KeyedList.insertionOrderedBy(CryptoKeyring::name);
    static final KeyedList.Keying<String, IsakmpProfile> ISAKMP_PROFILES =
            KeyedList.insertionOrderedBy(IsakmpProfile::name);
    static final KeyedList.Keying<String, IpsecProfile> IPSEC_PROFILES = KeyedList.insertionOrderedBy(IpsecProfile::name);

    public static final CryptoProfiles EMPTY =
            new CryptoProfiles(List.of(), List.of(), List.of(), IsakmpIdentity.ADDRESS, false, false);

    public CryptoProfiles {
        keyrings = KEYRINGS.of(keyrings);
        isakmpProfiles = ISAKMP_PROFILES.of(isakmpProfiles);
        ipsecProfiles = IPSEC_PROFILES.of(ipsecProfiles);
        java.util.Objects.requireNonNull(identity);
    }

    public Optional<CryptoKeyring> keyring(String name) {
        return table(keyrings).find(name);
    }

    public Optional<IsakmpProfile> isakmpProfile(String name) {
        return table(isakmpProfiles).find(name);
    }

    public Optional<IpsecProfile> ipsecProfile(String name) {
        return table(ipsecProfiles).find(name);
    }

    public CryptoProfiles withKeyring(CryptoKeyring k) {
        return new CryptoProfiles(table(keyrings).with(k), isakmpProfiles, ipsecProfiles, identity,
                aggressiveModeDisabled, fragmentation);
    }

    public CryptoProfiles withoutKeyring(String name) {
        return new CryptoProfiles(table(keyrings).without(name), isakmpProfiles, ipsecProfiles, identity,
                aggressiveModeDisabled, fragmentation);
    }

    public CryptoProfiles withIsakmpProfile(IsakmpProfile p) {
        return new CryptoProfiles(keyrings, table(isakmpProfiles).with(p), ipsecProfiles, identity,
                aggressiveModeDisabled, fragmentation);
    }

    public CryptoProfiles withoutIsakmpProfile(String name) {
        return new CryptoProfiles(keyrings, table(isakmpProfiles).without(name), ipsecProfiles, identity,
                aggressiveModeDisabled, fragmentation);
    }

    public CryptoProfiles withIpsecProfile(IpsecProfile p) {
        return new CryptoProfiles(keyrings, isakmpProfiles, table(ipsecProfiles).with(p), identity,
                aggressiveModeDisabled, fragmentation);
    }

    public CryptoProfiles withoutIpsecProfile(String name) {
        return new CryptoProfiles(keyrings, isakmpProfiles, table(ipsecProfiles).without(name), identity,
                aggressiveModeDisabled, fragmentation);
    }

    public CryptoProfiles withIdentity(IsakmpIdentity v) {
        return new CryptoProfiles(keyrings, isakmpProfiles, ipsecProfiles, v, aggressiveModeDisabled, fragmentation);
    }

    public CryptoProfiles withAggressiveModeDisabled(boolean v) {
        return new CryptoProfiles(keyrings, isakmpProfiles, ipsecProfiles, identity, v, fragmentation);
    }

    public CryptoProfiles withFragmentation(boolean v) {
        return new CryptoProfiles(keyrings, isakmpProfiles, ipsecProfiles, identity, aggressiveModeDisabled, v);
    }

    /** The constructor made every list a keyed one. */
    @SuppressWarnings("unchecked")
    private static <K, V> KeyedList<K, V> table(List<V> list) {
        return (KeyedList<K, V>) list;
    }
}
