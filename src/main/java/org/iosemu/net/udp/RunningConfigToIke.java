package org.iosemu.net.udp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.CryptoMap;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IsakmpKey;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.Transform;
import org.iosemu.config.TransformKind;
import org.iosemu.ike.config.CryptoMapEntry;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.IkeHash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IsakmpPolicy;
import org.iosemu.ike.config.Keepalive;
import org.iosemu.ike.config.KeepaliveMode;
import org.iosemu.ike.config.MapPeer;
import org.iosemu.ike.config.NatTransparency;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.TransformSet;

/**
 * Reads what the IKE engine needs out of the running configuration: pre-share policies, address keys, DPD,
 * NAT-T, and crypto map entries applied to an interface with an address. Anything the engine cannot do
 * (RSA signatures, SHA-384, AH, hostname peers, incomplete entries) is left out, as IOS ignores an
 * incomplete map entry.
 */
public final class RunningConfigToIke {
    private static final Ipv4 HOST = new Ipv4(-1);

    private RunningConfigToIke() {
    }

    public static IkeConfig map(RunningConfig c) {
        var crypto = c.crypto();
        List<IsakmpPolicy> policies = new ArrayList<>();
        for (var p : crypto.policies()) {
            policy(p).ifPresent(policies::add);
        }
        List<PreSharedKey> keys = new ArrayList<>();
        for (IsakmpKey k : crypto.keys()) {
            k.address().ifPresent(a -> keys.add(new PreSharedKey(k.key(), Ipv4.parse(a), k.mask().map(Ipv4::parse).orElse(HOST))));
        }
        Optional<Keepalive> keepalive = crypto.keepalive().map(k ->
                new Keepalive(k.seconds(), k.retrySeconds(), k.periodic() ? KeepaliveMode.PERIODIC : KeepaliveMode.ON_DEMAND));
        NatTransparency nat = new NatTransparency(crypto.ipsec().natTransparencyUdp(), crypto.natKeepaliveSeconds().orElse(0));
        return new IkeConfig(policies, keys, keepalive, cryptoMaps(c), nat);
    }

    private static Optional<IsakmpPolicy> policy(org.iosemu.config.IsakmpPolicy p) {
        if (p.authentication() != org.iosemu.config.IkeAuthMethod.PRE_SHARE) {
            return Optional.empty();
        }
        IkeEncryption enc = switch (p.encryption()) {
            case DES -> IkeEncryption.DES;
            case TRIPLE_DES -> IkeEncryption.TRIPLE_DES;
            case AES_128 -> IkeEncryption.AES128;
            case AES_192 -> IkeEncryption.AES192;
            case AES_256 -> IkeEncryption.AES256;
        };
        IkeHash hash = switch (p.hash()) {
            case MD5 -> IkeHash.MD5;
            case SHA -> IkeHash.SHA;
            case SHA256 -> IkeHash.SHA256;
            default -> null;
        };
        if (hash == null || !List.of(1, 2, 5, 14).contains(p.group())) {
            return Optional.empty();
        }
        return Optional.of(new IsakmpPolicy(p.priority(), enc, hash, p.group(), p.lifetimeSeconds()));
    }

    private static List<CryptoMapEntry> cryptoMaps(RunningConfig c) {
        List<CryptoMapEntry> out = new ArrayList<>();
        for (InterfaceConfig i : c.interfaces()) {
            if (i.cryptoMap().isEmpty() || i.address().isEmpty() || i.shutdown()) {
                continue;
            }
            Optional<CryptoMap> map = c.crypto().map(i.cryptoMap().get());
            if (map.isEmpty()) {
                continue;
            }
            Ipv4 local = Ipv4.parse(map.get().localAddress().flatMap(c::iface).flatMap(InterfaceConfig::address).orElse(i.address().get()).address());
            for (var e : map.get().entries()) {
                entry(c, e, local).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<CryptoMapEntry> entry(RunningConfig c, org.iosemu.config.CryptoMapEntry e, Ipv4 local) {
        if (e.manual() || e.matchAddress().isEmpty()) {
            return Optional.empty();
        }
        List<MapPeer> peers = e.peers().stream().filter(p -> !p.hostname()).map(p -> new MapPeer(Ipv4.parse(p.address()), p.isDefault())).toList();
        List<TransformSet> sets = new ArrayList<>();
        for (String name : e.transformSets()) {
            c.crypto().transformSet(name).flatMap(RunningConfigToIke::transformSet).ifPresent(sets::add);
        }
        List<ProxyIdentity> proxies = proxies(c, e.matchAddress().get());
        if (peers.isEmpty() || sets.isEmpty() || proxies.isEmpty()) {
            return Optional.empty();
        }
        var globals = c.crypto().ipsec();
        long seconds = e.lifetimeSeconds().map(Integer::longValue).orElse((long) globals.saLifetimeSeconds());
        long kb = e.lifetimeKilobytes().map(Integer::longValue).orElse((long) globals.saLifetimeKilobytes());
        return Optional.of(new CryptoMapEntry(e.mapName(), e.seq(), peers, sets, proxies, e.pfsGroup().orElse(0), seconds, kb, local));
    }

    private static Optional<TransformSet> transformSet(org.iosemu.config.TransformSet ts) {
        EspCipher cipher = null;
        EspAuth auth = null;
        for (Transform t : ts.transforms()) {
            switch (t.kind()) {
                case ESP_DES -> cipher = EspCipher.DES;
                case ESP_3DES -> cipher = EspCipher.TRIPLE_DES;
                case ESP_AES -> cipher = t.keyBits() == 256 ? EspCipher.AES256 : t.keyBits() == 192 ? EspCipher.AES192 : EspCipher.AES128;
                case ESP_MD5_HMAC -> auth = EspAuth.MD5;
                case ESP_SHA_HMAC -> auth = EspAuth.SHA;
                case ESP_SHA256_HMAC -> auth = EspAuth.SHA256;
                default -> {
                    return Optional.empty(); // AH, compression, GCM...: not in this engine
                }
            }
        }
        if (cipher == null || auth == null) {
            return Optional.empty();
        }
        return Optional.of(new TransformSet(ts.name(), cipher, auth, ts.tunnelMode() ? EspMode.TUNNEL : EspMode.TRANSPORT));
    }

    private static List<ProxyIdentity> proxies(RunningConfig c, String acl) {
        int number;
        try {
            number = Integer.parseInt(acl);
        } catch (NumberFormatException e) {
            return List.of();
        }
        List<ProxyIdentity> out = new ArrayList<>();
        for (AclEntry a : c.accessList(number).map(AccessList::entries).orElse(List.of())) {
            if (a.isRemark() || !a.permit() || a.protocol().isEmpty() || a.destination().isEmpty()) {
                continue;
            }
            int proto = switch (a.protocol().get()) {
                case "ip" -> 0;
                case "icmp" -> 1;
                case "tcp" -> 6;
                case "udp" -> 17;
                default -> -1;
            };
            if (proto < 0) {
                continue;
            }
            Ipv4[] src = net(a.source());
            Ipv4[] dst = net(a.destination().get());
            out.add(new ProxyIdentity(src[0], src[1], dst[0], dst[1], proto));
        }
        return out;
    }

    private static Ipv4[] net(AclAddress a) {
        return switch (a.kind()) {
            case ANY -> new Ipv4[] {Ipv4.ANY, Ipv4.ANY};
            case HOST -> new Ipv4[] {Ipv4.parse(a.address()), HOST};
            case WILDCARD -> new Ipv4[] {Ipv4.parse(a.address()), new Ipv4(~Ipv4.parse(a.wildcard()).bits())};
        };
    }
}
