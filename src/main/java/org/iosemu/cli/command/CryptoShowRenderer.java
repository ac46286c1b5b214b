package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.AccessList;
import org.iosemu.config.CryptoMap;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.EzvpnClient;
import org.iosemu.config.IkeAuthMethod;
import org.iosemu.config.IkeCipher;
import org.iosemu.config.IkeHash;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.IpsecGlobals;
import org.iosemu.config.IpsecProfile;
import org.iosemu.config.IsakmpPolicy;
import org.iosemu.config.MapPeer;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.TransformSet;
import org.iosemu.config.TunnelAddresses;
import org.iosemu.config.TunnelConfig;

/**
 * The crypto show commands whose content is pure configuration (15.x layouts): isakmp policy, transform
 * sets, crypto map, and the Easy VPN status of a router with no tunnel up. Public so the engine-backed
 * services can reuse them.
 */
public final class CryptoShowRenderer {

    private CryptoShowRenderer() {}

    public static List<String> isakmpPolicy(RunningConfig config) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("Global IKE policy");
        List<IsakmpPolicy> policies = config.crypto().policies();
        for (IsakmpPolicy p : policies) {
            out.add("Protection suite of priority " + p.priority());
            suite(out, p);
        }
        if (policies.isEmpty()) {
            out.add("Default protection suite");
            suite(out, IsakmpPolicy.withDefaults(65507));
        }
        return out;
    }

    private static void suite(List<String> out, IsakmpPolicy p) {
        out.add("\tencryption algorithm:\t" + cipherName(p.encryption()));
        out.add("\thash algorithm:\t\t" + hashName(p.hash()));
        out.add("\tauthentication method:\t" + authName(p.authentication()));
        out.add("\tDiffie-Hellman group:\t" + groupName(p.group()));
        out.add("\tlifetime:\t\t" + p.lifetimeSeconds() + " seconds, no volume limit");
    }

    static String cipherName(IkeCipher c) {
        return switch (c) {
            case DES -> "DES - Data Encryption Standard (56 bit keys).";
            case TRIPLE_DES -> "Three key triple DES";
            default -> "AES - Advanced Encryption Standard (" + c.aesBits() + " bit keys).";
        };
    }

    static String hashName(IkeHash h) {
        return switch (h) {
            case MD5 -> "Message Digest 5";
            case SHA -> "Secure Hash Standard";
            case SHA256 -> "Secure Hash Standard 2 (256 bit)";
            case SHA384 -> "Secure Hash Standard 2 (384 bit)";
            case SHA512 -> "Secure Hash Standard 2 (512 bit)";
        };
    }

    static String authName(IkeAuthMethod a) {
        return switch (a) {
            case PRE_SHARE -> "Pre-Shared Key";
            case RSA_SIG -> "Rivest-Shamir-Adleman Signature";
            case RSA_ENCR -> "Rivest-Shamir-Adleman Encryption";
        };
    }

    static String groupName(int group) {
        return switch (group) {
            case 1 -> "#1 (768 bit)";
            case 2 -> "#2 (1024 bit)";
            case 5 -> "#5 (1536 bit)";
            case 14 -> "#14 (2048 bit)";
            case 15 -> "#15 (3072 bit)";
            case 16 -> "#16 (4096 bit)";
            case 19 -> "#19 (256 bit ecp)";
            case 20 -> "#20 (384 bit ecp)";
            case 21 -> "#21 (521 bit ecp)";
            default -> "#24 (2048 bit, 256 bit subgroup)";
        };
    }

    public static List<String> transformSets(RunningConfig config, Optional<String> name) {
        List<String> out = new ArrayList<>();
        for (TransformSet t : config.crypto().transformSets()) {
            if (name.isPresent() && !name.get().equals(t.name())) {
                continue;
            }
            out.add("Transform set " + t.name() + ": { " + t.displayList() + "  }");
            out.add("   will negotiate = { " + (t.tunnelMode() ? "Tunnel" : "Transport") + ",  },");
            out.add("");
        }
        return out;
    }

    public static List<String> cryptoMaps(RunningConfig config) {
        return cryptoMaps(config, (map, seq) -> Optional.empty());
    }

    /**
     * @param currentPeer the peer the engine uses for a map entry now (after DPD failover), when it knows one;
     *     otherwise the first configured peer is shown
     */
    public static List<String> cryptoMaps(RunningConfig config,
                                          java.util.function.BiFunction<String, Integer, Optional<String>> currentPeer) {
        List<String> out = new ArrayList<>();
        for (CryptoMap m : config.crypto().maps()) {
            for (CryptoMapEntry e : m.entries()) {
                out.add("Crypto Map IPv4 \"" + m.name() + "\" " + e.seq() + (e.manual() ? " ipsec-manual" : " ipsec-isakmp"));
                if (e.dynamicMap().isPresent()) {
                    out.add("\tDynamic map template tag: " + e.dynamicMap().get());
                } else {
                    Optional<String> current = currentPeer.apply(m.name(), e.seq())
                            .or(() -> e.peers().stream().findFirst().map(MapPeer::address));
                    entryBody(config, e, current, out);
                }
                out.add("\tInterfaces using crypto map " + m.name() + ":");
                for (InterfaceConfig i : config.interfaces()) {
                    if (i.cryptoMap().filter(m.name()::equals).isPresent()) {
                        out.add("\t\t" + i.name());
                    }
                }
                out.add("");
            }
        }
        for (InterfaceConfig i : config.interfaces()) {
            i.tunnel().protection().ifPresent(p -> tunnelMap(config, i, p, currentPeer, out));
        }
        return out;
    }

    /**
     * The crypto map IOS builds for a protected tunnel (`Tunnel0-head-0`), after the configured maps: the header with
     * the interface the ESP leaves by, entry 65536 holding the IPsec profile's settings, then, once the tunnel has a
     * source and a destination, entry 65537, the profile instance for its peer with the access list of what the tunnel
     * carries (everything for a VTI, GRE between the endpoints otherwise), and the interfaces using the map.
     */
    private static void tunnelMap(RunningConfig config, InterfaceConfig tunnel, TunnelConfig.Protection protection,
                                  java.util.function.BiFunction<String, Integer, Optional<String>> currentPeer,
                                  List<String> out) {
        String tag = TunnelConfig.Protection.mapTag(tunnel.name());
        IpsecProfile profile = config.crypto().profiles().ipsecProfile(protection.profile())
                .orElse(IpsecProfile.named(protection.profile()));
        TunnelAddresses ends = TunnelAddresses.of(config, tunnel);
        ends.source().ifPresent(local -> {
            out.add("Crypto Map: \"" + tag + "\" idb: " + ends.sourceInterface().map(InterfaceName::canonical)
                    .orElse("(none)") + " local address: " + local);
            out.add("");
        });
        out.add("Crypto Map IPv4 \"" + tag + "\" " + TunnelConfig.Protection.PROFILE_SEQ + " ipsec-isakmp");
        out.add("\tProfile name: " + profile.name());
        profileSettings(config, profile, out);
        if (ends.complete()) {
            int seq = TunnelConfig.Protection.PROFILE_INSTANCE_SEQ;
            String peer = ends.destination().get();
            out.add("");
            out.add("Crypto Map IPv4 \"" + tag + "\" " + seq + " ipsec-isakmp");
            out.add("\tMap is a PROFILE INSTANCE.");
            out.add("\tPeer = " + peer);
            out.add("\tExtended IP access list ");
            out.add("\t    access-list  permit " + (tunnel.tunnel().vti() ? "ip any any"
                    : "gre host " + ends.source().get() + " host " + peer));
            out.add("\tCurrent peer: " + currentPeer.apply(tag, seq).orElse(peer));
            profileSettings(config, profile, out);
        }
        out.add("\tInterfaces using crypto map " + tag + ":");
        out.add("\t\t" + tunnel.name());
        out.add("");
    }

    /** The lines of an entry that come from an IPsec profile: lifetime, responder-only, PFS, transform sets. */
    private static void profileSettings(RunningConfig config, IpsecProfile p, List<String> out) {
        IpsecGlobals g = config.crypto().ipsec();
        out.add("\tSecurity association lifetime: " + p.lifetimeKilobytes().orElse(g.saLifetimeKilobytes())
                + " kilobytes/" + p.lifetimeSeconds().orElse(g.saLifetimeSeconds()) + " seconds");
        out.add("\tResponder-Only (Y/N): " + (p.responderOnly() ? "Y" : "N"));
        out.add("\tPFS (Y/N): " + (p.pfsGroup().isPresent() ? "Y" : "N"));
        p.pfsGroup().ifPresent(group -> out.add("\tDH group:  group" + group));
        transformSetLines(config, p.transformSets(), out);
    }

    private static void transformSetLines(RunningConfig config, List<String> names, List<String> out) {
        out.add("\tTransform sets={ ");
        for (String ts : names) {
            String list = config.crypto().transformSet(ts).map(TransformSet::displayList).orElse("");
            out.add("\t\t" + ts + ":  { " + list + "  } , ");
        }
        out.add("\t}");
    }

    /** `show crypto dynamic-map [tag NAME]`: each template entry, as a crypto map entry without interfaces. */
    public static List<String> dynamicMaps(RunningConfig config, Optional<String> tag) {
        List<String> out = new ArrayList<>();
        for (CryptoMap m : config.crypto().server().dynamicMaps()) {
            if (tag.isPresent() && !tag.get().equals(m.name())) {
                continue;
            }
            for (CryptoMapEntry e : m.entries()) {
                out.add("Crypto Map Template\"" + m.name() + "\" " + e.seq());
                entryBody(config, e, e.peers().stream().findFirst().map(MapPeer::address), out);
                out.add("");
            }
        }
        return out;
    }

    private static void entryBody(RunningConfig config, CryptoMapEntry e, Optional<String> current, List<String> out) {
        IpsecGlobals g = config.crypto().ipsec();
        e.isakmpProfile().ifPresent(p -> out.add("\tISAKMP Profile: " + p));
        e.description().ifPresent(d -> out.add("\tDescription: " + d));
        for (MapPeer p : e.peers()) {
            out.add("\tPeer = " + p.address());
        }
        e.matchAddress().ifPresent(acl -> {
            out.add("\tExtended IP access list " + acl);
            aclLines(config, acl).forEach(l -> out.add("\t    access-list " + acl + " " + l));
        });
        current.ifPresent(p -> out.add("\tCurrent peer: " + p));
        out.add("\tSecurity association lifetime: " + e.lifetimeKilobytes().orElse(g.saLifetimeKilobytes())
                + " kilobytes/" + e.lifetimeSeconds().orElse(g.saLifetimeSeconds()) + " seconds");
        out.add("\tResponder-Only (Y/N): N");
        out.add("\tPFS (Y/N): " + (e.pfsGroup().isPresent() ? "Y" : "N"));
        e.pfsGroup().ifPresent(p -> out.add("\tDH group:  group" + p));
        transformSetLines(config, e.transformSets(), out);
        if (e.reverseRoute().isPresent()) {
            out.add("\tReverse Route Injection Enabled");
        }
    }

    /** The rules (permit and deny, no remarks) of the numbered or named list `match address` names. */
    private static List<String> aclLines(RunningConfig config, String acl) {
        return config.accessList(acl).map(AccessList::entries).orElse(List.of()).stream()
                .filter(e -> !e.isRemark()).map(e -> e.render()).toList();
    }

    /** `show crypto ipsec client ezvpn [NAME]` while no tunnel is up (no engine: a router outside a lab). */
    public static List<String> ezvpnStatus(RunningConfig config, Optional<String> name) {
        List<String> out = new ArrayList<>();
        out.add(EZVPN_PHASE);
        out.add("");
        for (EzvpnClient e : config.crypto().ezvpnClients()) {
            if (name.isPresent() && !name.get().equals(e.name())) {
                continue;
            }
            Optional<String> outside = ezvpnOutside(config, e.name());
            out.addAll(ezvpnInterfaceLines(config, e.name()));
            out.add("Current State: " + (outside.isPresent() && e.connectAuto() ? "READY" : "CONNECT_REQUIRED"));
            out.add("Last Event: " + (outside.isPresent() ? "TRACKED OBJECT UP" : "RESET"));
            out.add("Save Password: Disallowed");
            if (!e.peers().isEmpty()) {
                out.add("Current EzVPN Peer: " + e.peers().get(0));
            }
            out.add("");
        }
        return out;
    }

    /** The first line of `show crypto ipsec client ezvpn` (the phase number of 15.x releases, inferred). */
    public static final String EZVPN_PHASE = "Easy VPN Remote Phase: 8";

    /** `Tunnel name`, `Inside interface list` and `Outside interface` of one tunnel, from the interfaces' lines. */
    public static List<String> ezvpnInterfaceLines(RunningConfig config, String tunnel) {
        List<String> inside = config.interfaces().stream()
                .filter(i -> i.ezvpnName().filter(tunnel::equals).isPresent() && i.ezvpnInside())
                .map(i -> i.name().canonical()).toList();
        return List.of("Tunnel name : " + tunnel, "Inside interface list: " + String.join(", ", inside),
                "Outside interface: " + ezvpnOutside(config, tunnel).orElse("") + " ");
    }

    private static Optional<String> ezvpnOutside(RunningConfig config, String tunnel) {
        return config.interfaces().stream()
                .filter(i -> i.ezvpnName().filter(tunnel::equals).isPresent() && !i.ezvpnInside())
                .map(i -> i.name().canonical()).findFirst();
    }
}
