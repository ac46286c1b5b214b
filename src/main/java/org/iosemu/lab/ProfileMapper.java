package org.iosemu.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.CryptoKeyring;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.CryptoProfiles;
import org.iosemu.config.IsakmpProfile;
import org.iosemu.config.KeyringKey;
import org.iosemu.config.MapPeer;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.DpdMode;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerIdentity;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.PreSharedKey;

/**
 * What keyrings and ISAKMP profiles give the engine: every keyring's address keys (the engine picks the longest
 * matching prefix, as IOS does across keyrings), and one engine {@link PeerProfile} per complete ISAKMP profile
 * and peer it serves — its `match identity address|host` entries and the peers of the crypto map entries that
 * name it with `set isakmp-profile` — with the key its keyrings hold for that peer and its `keepalive`.
 * Host-name and type 6 keys are not usable by address and are left out; `match identity group` belongs to the Easy
 * VPN server (`crypto isakmp client configuration group`), not modelled here.
 */
final class ProfileMapper {

    private ProfileMapper() {}

    static List<PreSharedKey> keyringKeys(RunningConfig config) {
        List<PreSharedKey> out = new ArrayList<>();
        for (CryptoKeyring ring : config.crypto().profiles().keyrings()) {
            for (KeyringKey k : ring.keys()) {
                if (k.address().isPresent() && !k.encrypted()) {
                    out.add(new PreSharedKey(k.key(), IkeConfigMapper.ip(k.address().get()),
                            IkeConfigMapper.mask(k.address().get(), k.mask())));
                }
            }
        }
        return out;
    }

    /**
     * A profile's keepalive runs in the global keepalive's mode (periodic or on-demand); without a global one it
     * is on-demand, the IOS default.
     */
    static List<PeerProfile> peerProfiles(RunningConfig config, Optional<DpdSettings> global) {
        DpdMode mode = global.map(DpdSettings::mode).orElse(DpdMode.ON_DEMAND);
        List<PeerProfile> out = new ArrayList<>();
        for (IsakmpProfile p : config.crypto().profiles().isakmpProfiles()) {
            if (!p.complete()) {
                continue;
            }
            Optional<DpdSettings> dpd = p.keepalive().map(k -> new DpdSettings(k.seconds(), k.retrySeconds(), mode));
            PeerProfile.Initiation initiation = initiation(config, p);
            for (IsakmpProfile.IdentityMatch m : p.matches()) {
                switch (m.kind()) {
                    case ADDRESS -> {
                        Ipv4 address = IkeConfigMapper.ip(m.value());
                        Ipv4 mask = IkeConfigMapper.mask(m.value(), m.mask());
                        keyFor(config, p, address).ifPresent(key -> out.add(profile(p, key, dpd, initiation,
                                new PeerProfile.PeerMatch.ByAddress(address, mask))));
                    }
                    case HOST -> hostKey(config, p, m.value()).ifPresent(key -> out.add(profile(p, key, dpd, initiation,
                            new PeerProfile.PeerMatch.ByHostName(m.value()))));
                    case GROUP -> { }
                }
            }
            for (TunnelEndpoints t : TunnelEndpoints.all(config)) {
                boolean named = t.tunnel().tunnel().protection()
                        .flatMap(pr -> config.crypto().profiles().ipsecProfile(pr.profile()))
                        .flatMap(org.iosemu.config.IpsecProfile::isakmpProfile).filter(p.name()::equals).isPresent();
                if (named && t.destination().isPresent()) {
                    Ipv4 address = Addresses.ike(t.destination().get());
                    keyFor(config, p, address).ifPresent(key -> out.add(profile(p, key, dpd, initiation,
                            new PeerProfile.PeerMatch.ByAddress(address, new Ipv4(-1)))));
                }
            }
            for (var map : config.crypto().maps()) {
                for (CryptoMapEntry e : map.entries()) {
                    if (e.isakmpProfile().filter(p.name()::equals).isEmpty()) {
                        continue;
                    }
                    for (MapPeer peer : e.peers()) {
                        if (!peer.hostname()) {
                            Ipv4 address = IkeConfigMapper.ip(peer.address());
                            keyFor(config, p, address).ifPresent(key -> out.add(profile(p, key, dpd, initiation,
                                    new PeerProfile.PeerMatch.ByAddress(address, new Ipv4(-1)))));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static PeerProfile profile(IsakmpProfile p, String key, Optional<DpdSettings> dpd,
                                       PeerProfile.Initiation initiation, PeerProfile.PeerMatch match) {
        return new PeerProfile(p.name(), List.of(match), key, dpd, PeerProfile.XauthSettings.NONE,
                PeerProfile.ModeConfigSettings.NONE, initiation);
    }

    /**
     * `initiate mode aggressive` starts phase 1 in Aggressive Mode, naming this end by the profile's
     * `self-identity` (else `crypto isakmp identity`): `fqdn`/`hostname` sends the router's host name with its
     * domain, anything else its address.
     */
    private static PeerProfile.Initiation initiation(RunningConfig config, IsakmpProfile p) {
        if (!p.initiateAggressive()) {
            return PeerProfile.Initiation.MAIN_MODE;
        }
        boolean byName = p.selfIdentity().map(s -> s.keyword().equals("fqdn"))
                .orElse(config.crypto().profiles().identity() == CryptoProfiles.IsakmpIdentity.HOSTNAME);
        if (!byName) {
            return new PeerProfile.Initiation(true, Optional.empty());
        }
        var system = config.system();
        String fqdn = system.hostname() + system.domainName().map(d -> "." + d).orElse("");
        return PeerProfile.Initiation.aggressive(new PeerIdentity.HostName(fqdn));
    }

    /**
     * The longest-prefix address key for {@code peer} in the profile's keyrings (all keyrings and the `crypto isakmp
     * key` lines when it names none).
     */
    private static Optional<String> keyFor(RunningConfig config, IsakmpProfile p, Ipv4 peer) {
        return keys(config, p).stream().filter(k -> k.matches(peer))
                .max(Comparator.comparingInt(k -> k.mask().prefixLength())).map(PreSharedKey::key);
    }

    private static List<PreSharedKey> keys(RunningConfig config, IsakmpProfile p) {
        List<PreSharedKey> out = new ArrayList<>(p.keyrings().isEmpty() ? IkeConfigMapper.keys(config) : List.of());
        for (CryptoKeyring ring : config.crypto().profiles().keyrings()) {
            if (!p.keyrings().isEmpty() && !p.keyrings().contains(ring.name())) {
                continue;
            }
            for (KeyringKey k : ring.keys()) {
                if (k.address().isPresent() && !k.encrypted()) {
                    out.add(new PreSharedKey(k.key(), IkeConfigMapper.ip(k.address().get()),
                            IkeConfigMapper.mask(k.address().get(), k.mask())));
                }
            }
        }
        return out;
    }

    private static Optional<String> hostKey(RunningConfig config, IsakmpProfile p, String host) {
        for (CryptoKeyring ring : config.crypto().profiles().keyrings()) {
            if (!p.keyrings().isEmpty() && !p.keyrings().contains(ring.name())) {
                continue;
            }
            for (KeyringKey k : ring.keys()) {
                if (k.hostname().filter(host::equalsIgnoreCase).isPresent() && !k.encrypted()) {
                    return Optional.of(k.key());
                }
            }
        }
        return Optional.empty();
    }
}
