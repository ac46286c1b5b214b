package org.iosemu.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.IkeAuthMethod;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpsecGlobals;
import org.iosemu.config.ReplayWindow;
import org.iosemu.config.IsakmpKey;
import org.iosemu.config.IsakmpPolicy;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.Transform;
import org.iosemu.config.TransformKind;
import org.iosemu.config.TransformSet;
import org.iosemu.ike.config.ClearTextCheck;
import org.iosemu.ike.config.SaIdleTimer;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.DpdMode;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.NatTransparency;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.PolicyOrigin;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.TrafficSelector;
import org.iosemu.ike.config.EspTransform;

/**
 * Derives what the IKE engine needs from a running-config snapshot. Whatever the engine cannot negotiate
 * (RSA policies, SHA-384, AH, hostname peers, incomplete map entries) is left out, as IOS would not use it.
 * A map entry's `match address` names a numbered or named extended list; {@link CryptoAclMapper} turns it into
 * the entry's ordered permit/deny rules.
 */
public final class IkeConfigMapper {

    private static final Ipv4 HOST_MASK = new Ipv4(-1);

    private IkeConfigMapper() {}

    /** For a configuration alone (tests, tools): its pools lease from a fresh, empty table. */
    public static IkeConfig map(RunningConfig config) {
        return map(config, new LocalPoolLeases(() -> config));
    }

    /** {@code pools}: the router's `ip local pool` leases, which outlive a configuration change. */
    static IkeConfig map(RunningConfig config, LocalPoolLeases pools) {
        List<PreSharedKey> keys = keys(config);
        keys.addAll(ProfileMapper.keyringKeys(config));
        Optional<DpdSettings> global = keepalive(config);
        List<ChildPolicy> childPolicies = cryptoMaps(config);
        childPolicies.addAll(TunnelPolicies.of(config));
        List<org.iosemu.ike.config.PeerProfile> profiles = new ArrayList<>(ProfileMapper.peerProfiles(config, global));
        profiles.addAll(EasyVpnServerMapper.profiles(config, pools));
        return new IkeConfig(policies(config), keys, global, childPolicies,
                new NatTransparency(config.crypto().ipsec().natTransparencyUdp(), config.crypto().natKeepaliveSeconds().orElse(0)),
                config.crypto().invalidSpiRecovery(), profiles)
                .withEasyVpnRemotes(EasyVpnRemoteMapper.remotes(config));
    }

    private static List<IkeProposal> policies(RunningConfig config) {
        List<IkeProposal> out = new ArrayList<>();
        for (IsakmpPolicy p : config.crypto().policies()) {
            Optional<Phase1Hash> hash = switch (p.hash()) {
                case MD5 -> Optional.of(Phase1Hash.MD5);
                case SHA -> Optional.of(Phase1Hash.SHA);
                case SHA256 -> Optional.of(Phase1Hash.SHA256);
                default -> Optional.empty();
            };
            if (p.authentication() != IkeAuthMethod.PRE_SHARE || hash.isEmpty() || !dhGroupSupported(p.group())) {
                continue;
            }
            IkeEncryption enc = switch (p.encryption()) {
                case DES -> IkeEncryption.DES;
                case TRIPLE_DES -> IkeEncryption.TRIPLE_DES;
                case AES_128 -> IkeEncryption.AES128;
                case AES_192 -> IkeEncryption.AES192;
                case AES_256 -> IkeEncryption.AES256;
            };
            out.add(new IkeProposal(p.priority(), enc, hash.get(), p.group(), p.lifetimeSeconds()));
        }
        return out;
    }

    private static boolean dhGroupSupported(int group) {
        return group == 1 || group == 2 || group == 5 || group == 14;
    }

    static List<PreSharedKey> keys(RunningConfig config) {
        List<PreSharedKey> out = new ArrayList<>();
        for (IsakmpKey k : config.crypto().keys()) {
            if (k.address().isPresent() && !k.encrypted()) {
                out.add(new PreSharedKey(k.key(), ip(k.address().get()), mask(k.address().get(), k.mask())));
            }
        }
        return out;
    }

    private static Optional<DpdSettings> keepalive(RunningConfig config) {
        return config.crypto().keepalive().map(k -> k.periodic() ? DpdSettings.periodic(k.seconds(), k.retrySeconds())
                : new DpdSettings(k.seconds(), k.retrySeconds(), DpdMode.ON_DEMAND));
    }

    /** One engine entry per complete map entry of every map applied to an addressed, enabled interface. */
    private static List<ChildPolicy> cryptoMaps(RunningConfig config) {
        List<ChildPolicy> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (InterfaceConfig iface : config.interfaces()) {
            if (iface.shutdown() || iface.address().isEmpty() || iface.cryptoMap().isEmpty()
                    || !done.add(iface.cryptoMap().get())) {
                continue;
            }
            var map = config.crypto().map(iface.cryptoMap().get());
            if (map.isEmpty()) {
                continue;
            }
            Ipv4 local = map.get().localAddress().flatMap(config::iface).flatMap(InterfaceConfig::address)
                    .or(iface::address).map(a -> ip(a.address())).orElseThrow();
            for (CryptoMapEntry e : map.get().entries()) {
                if (e.dynamicMap().isPresent()) {
                    out.addAll(templates(config, e, local));
                } else {
                    entry(config, e, local).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    static Optional<ChildPolicy> entry(RunningConfig config, CryptoMapEntry e, Ipv4 local) {
        if (e.manual()) {
            return Optional.empty();
        }
        // a host name never resolves in a lab (no name server): such a peer is skipped, and an entry left
        // with none keeps its ACL and drops what it matches (IOS drops packets it cannot get an SA for,
        // never sends them in clear); an entry with no `set peer` at all stays disabled, as IOS warns
        List<PeerCandidate> peers = e.peers().stream().filter(p -> !p.hostname())
                .map(p -> new PeerCandidate(ip(p.address()), p.isDefault())).toList();
        if (e.peers().isEmpty()) {
            return Optional.empty();
        }
        List<EspTransform> sets = new ArrayList<>();
        for (String name : e.transformSets()) {
            config.crypto().transformSet(name).flatMap(IkeConfigMapper::transformSet).ifPresent(sets::add);
        }
        TrafficSelector traffic = CryptoAclMapper.selector(e.matchAddress().flatMap(config::accessList));
        if (sets.isEmpty() || traffic.proxies().isEmpty()) {
            return Optional.empty();
        }
        IpsecGlobals g = config.crypto().ipsec();
        int pfs = e.pfsGroup().filter(IkeConfigMapper::dhGroupSupported).orElse(0);
        return Optional.of(new ChildPolicy(e.mapName(), e.seq(), peers, sets, traffic, pfs,
                e.lifetimeSeconds().orElse(g.saLifetimeSeconds()), e.lifetimeKilobytes().orElse(g.saLifetimeKilobytes()),
                local, clearTextCheck(config, e), idleTimer(g, e), replayWindow(g, e)));
    }

    /**
     * `crypto map NAME SEQ ipsec-isakmp dynamic DYN`: one responder template per entry of the dynamic map that
     * has a transform set (IOS needs one); its `set peer`s, if any, limit the peers, its ACL, if any, the proxies.
     */
    static List<ChildPolicy> templates(RunningConfig config, CryptoMapEntry ref, Ipv4 local) {
        List<ChildPolicy> out = new ArrayList<>();
        var dynamic = config.crypto().server().dynamicMap(ref.dynamicMap().orElseThrow());
        if (dynamic.isEmpty()) {
            return out;
        }
        IpsecGlobals g = config.crypto().ipsec();
        for (CryptoMapEntry d : dynamic.get().entries()) {
            List<EspTransform> sets = new ArrayList<>();
            for (String name : d.transformSets()) {
                config.crypto().transformSet(name).flatMap(IkeConfigMapper::transformSet).ifPresent(sets::add);
            }
            if (sets.isEmpty()) {
                continue;
            }
            List<PeerCandidate> peers = d.peers().stream().filter(p -> !p.hostname())
                    .map(p -> new PeerCandidate(ip(p.address()), p.isDefault())).toList();
            TrafficSelector traffic = d.matchAddress().isPresent()
                    ? CryptoAclMapper.selector(d.matchAddress().flatMap(config::accessList))
                    : TrafficSelector.permitting(List.of());
            int pfs = d.pfsGroup().filter(IkeConfigMapper::dhGroupSupported).orElse(0);
            PolicyOrigin origin = new PolicyOrigin.DynamicMap(ref.mapName(), ref.seq(), d.mapName(), d.seq());
            out.add(new ChildPolicy(origin, peers, sets, traffic, pfs,
                    d.lifetimeSeconds().orElse(g.saLifetimeSeconds()), d.lifetimeKilobytes().orElse(g.saLifetimeKilobytes()),
                    local, clearTextCheck(config, d), idleTimer(g, d), replayWindow(g, d)));
        }
        return out;
    }

    /** The entry's `set security-association replay`, else the global one; 0 when disabled. */
    static int replayWindow(IpsecGlobals g, CryptoMapEntry e) {
        ReplayWindow replay = e.replay().orElse(g.replay());
        return replay.disabled() ? 0 : replay.windowSize();
    }

    /** The entry's `set security-association idle-time`, else the global one. */
    private static SaIdleTimer idleTimer(IpsecGlobals g, CryptoMapEntry e) {
        return e.idleTime().or(g::idleTime).map(t -> new SaIdleTimer(t.seconds(), t.returnToDefaultPeer()))
                .orElse(SaIdleTimer.NONE);
    }

    /** `set ip access-group ACL in|out`; a list that does not exist checks nothing, as IOS treats an undefined ACL. */
    private static ClearTextCheck clearTextCheck(RunningConfig config, CryptoMapEntry e) {
        return new ClearTextCheck(
                e.accessGroupIn().flatMap(config::accessList).map(list -> CryptoAclMapper.selector(Optional.of(list))),
                e.accessGroupOut().flatMap(config::accessList).map(list -> CryptoAclMapper.selector(Optional.of(list))));
    }

    static Optional<EspTransform> transformSet(TransformSet t) {
        EspCipher cipher = null;
        EspAuth auth = null;
        for (Transform x : t.transforms()) {
            if (x.kind().slot() == TransformKind.Slot.AH) {
                return Optional.empty();
            }
            switch (x.kind()) {
                case ESP_DES -> cipher = EspCipher.DES;
                case ESP_3DES -> cipher = EspCipher.TRIPLE_DES;
                case ESP_AES -> cipher = x.keyBits() == 256 ? EspCipher.AES256 : x.keyBits() == 192 ? EspCipher.AES192 : EspCipher.AES128;
                case ESP_MD5_HMAC -> auth = EspAuth.MD5;
                case ESP_SHA_HMAC -> auth = EspAuth.SHA;
                case ESP_SHA256_HMAC -> auth = EspAuth.SHA256;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (cipher == null || auth == null) {
            return Optional.empty();
        }
        return Optional.of(new EspTransform(t.name(), cipher, auth, t.tunnelMode() ? EspMode.TUNNEL : EspMode.TRANSPORT));
    }

    /** A typed mask, else a host mask; `0.0.0.0` without a mask means any peer, as on IOS. */
    static Ipv4 mask(String address, Optional<String> mask) {
        if (mask.isPresent()) {
            return ip(mask.get());
        }
        return ip(address).equals(new Ipv4(0)) ? new Ipv4(0) : HOST_MASK;
    }

    static Ipv4 ip(String dotted) {
        return Ipv4.parse(org.iosemu.config.Ipv4.canonical(dotted));
    }
}
