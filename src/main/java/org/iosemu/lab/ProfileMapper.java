package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.CryptoKeyring;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.CryptoProfiles;
import org.iosemu.config.IsakmpProfile;
import org.iosemu.config.KeyringKey;
import org.iosemu.config.MapPeer;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.Keepalive;
import org.iosemu.ike.config.KeepaliveMode;
import org.iosemu.ike.config.PeerKeepalive;
import org.iosemu.ike.config.PreSharedKey;

/**
 * What keyrings and ISAKMP profiles give the engine, by peer address: every keyring's address keys (the engine
 * picks the longest matching prefix, as IOS does across keyrings), and each complete profile's `keepalive` for
 * the peers it matches by `match identity address` and for the peers of the crypto map entries that name it
 * with `set isakmp-profile`. Host-name and type 6 keys are not usable here and are left out.
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
    static List<PeerKeepalive> peerKeepalives(RunningConfig config, Optional<Keepalive> global) {
        KeepaliveMode mode = global.map(Keepalive::mode).orElse(KeepaliveMode.ON_DEMAND);
        CryptoProfiles profiles = config.crypto().profiles();
        List<PeerKeepalive> out = new ArrayList<>();
        for (IsakmpProfile p : profiles.isakmpProfiles()) {
            if (!p.complete() || p.keepalive().isEmpty()) {
                continue;
            }
            Keepalive ka = new Keepalive(p.keepalive().get().seconds(), p.keepalive().get().retrySeconds(), mode);
            for (IsakmpProfile.IdentityMatch m : p.matches()) {
                if (m.kind() == IsakmpProfile.IdentityMatch.Kind.ADDRESS) {
                    out.add(new PeerKeepalive(IkeConfigMapper.ip(m.value()), IkeConfigMapper.mask(m.value(), m.mask()), ka));
                }
            }
            for (var map : config.crypto().maps()) {
                for (CryptoMapEntry e : map.entries()) {
                    if (e.isakmpProfile().filter(p.name()::equals).isEmpty()) {
                        continue;
                    }
                    for (MapPeer peer : e.peers()) {
                        if (!peer.hostname()) {
                            out.add(new PeerKeepalive(IkeConfigMapper.ip(peer.address()), new Ipv4(-1), ka));
                        }
                    }
                }
            }
        }
        return out;
    }
}
