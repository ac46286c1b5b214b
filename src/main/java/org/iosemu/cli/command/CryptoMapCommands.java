package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.CryptoMap;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.CryptoSettings;
import org.iosemu.config.MapPeer;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;

/** `crypto map NAME SEQ` entries and the (config-crypto-map) sub-mode. */
final class CryptoMapCommands {

    static final String NEW_MAP_NOTE = "% NOTE: This new crypto map will remain disabled until a peer\n"
            + "        and a valid access list have been configured.\n";

    private CryptoMapCommands() {}

    static CommandResult map(IosParser.Cr_mapContext c, CommandEnv env) {
        String name = c.arg_crypto_map_name().getText();
        if (c.crypto_map_local_address() != null) {
            var iface = Args.iface(c.crypto_map_local_address().arg_interface_ref());
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withMap(
                    cr.map(name).orElse(new CryptoMap(name, Optional.empty(), List.of())).withLocalAddress(Optional.of(iface)))));
            return CommandResult.DONE;
        }
        if (c.cm_map_client() != null) {
            return ServerCryptoCommands.mapClient(name, c.cm_map_client(), env);
        }
        if (c.cm_map_isakmp() != null) {
            return ServerCryptoCommands.mapAuthorization(name,
                    Optional.of(c.cm_map_isakmp().arg_aaa_list_name().getText()), env);
        }
        int seq = Args.integer(c.arg_crypto_map_seq());
        if (c.crypto_map_type() != null && c.crypto_map_type().crypto_map_dynamic() != null) {
            return ServerCryptoCommands.dynamicEntry(name, seq, c.crypto_map_type().crypto_map_dynamic(), env);
        }
        boolean manual = c.crypto_map_type() != null && c.crypto_map_type().IPSEC_MANUAL() != null;
        boolean[] created = {false};
        env.store().apply(rc -> {
            // an entry that stood for a dynamic map becomes a static entry again, with nothing set yet
            if (rc.crypto().mapEntry(name, seq).filter(e -> e.dynamicMap().isEmpty()).isPresent()) {
                return rc;
            }
            created[0] = true;
            return rc.withCrypto(cr -> cr.withMap(cr.map(name).orElse(new CryptoMap(name, Optional.empty(), List.of()))
                    .withEntry(CryptoMapEntry.empty(name, seq, manual))));
        });
        if (created[0] && !env.loading()) {
            env.out().print(NEW_MAP_NOTE);
        }
        return new CommandResult.Enter(Mode.CRYPTO_MAP, new ModeTarget.MapEntry(name, seq));
    }

    static CommandResult noMap(IosParser.Cr_map_noContext c, CommandEnv env) {
        String name = c.arg_crypto_map_name().getText();
        if (c.crypto_map_local_address() != null) {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.map(name)
                    .map(m -> cr.withMap(m.withLocalAddress(Optional.empty()))).orElse(cr)));
        } else if (c.cm_map_client_no() != null) {
            return ServerCryptoCommands.mapClientNo(name, c.cm_map_client_no(), env);
        } else if (c.cm_map_isakmp_no() != null) {
            return ServerCryptoCommands.mapAuthorization(name, Optional.empty(), env);
        } else if (c.arg_crypto_map_seq() != null) {
            int seq = Args.integer(c.arg_crypto_map_seq());
            env.store().apply(rc -> rc.withCrypto(cr -> cr.map(name).map(m -> cr.withMap(m.withoutEntry(seq))).orElse(cr)));
        } else {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withoutMap(name)));
        }
        return CommandResult.DONE;
    }

    // ---- (config-crypto-map) --------------------------------------------------------------------------

    static CommandResult command(IosParser.Crypto_map_commandContext c, ModeTarget.MapEntry target, CommandEnv env) {
        if (c.cm_description() != null) {
            String d = c.cm_description().arg_description().getText();
            return edit(target, env, e -> e.withDescription(Optional.of(d)));
        }
        if (c.cm_match() != null) {
            String acl = c.cm_match().arg_match_acl().getText();
            return edit(target, env, e -> e.withMatchAddress(Optional.of(acl)));
        }
        if (c.cm_reverse_route() != null) {
            boolean isStatic = c.cm_reverse_route().STATIC() != null;
            Optional<String> nextHop = Optional.ofNullable(c.cm_reverse_route().arg_rri_next_hop()).map(Args::ip);
            return edit(target, env, e -> e.withReverseRoute(Optional.of(isStatic)).withReverseRouteNextHop(nextHop));
        }
        if (c.cm_set() != null) {
            return set(c.cm_set(), target, env);
        }
        return null;
    }

    private static CommandResult set(IosParser.Cm_setContext s, ModeTarget.MapEntry target, CommandEnv env) {
        if (s.cms_peer() != null) {
            MapPeer peer = peer(s.cms_peer().cm_peer_address(), s.cms_peer().DEFAULT() != null);
            return edit(target, env, e -> e.withPeers(addPeer(e.peers(), peer)));
        }
        if (s.cms_transform_set() != null) {
            List<String> names = new ArrayList<>();
            CryptoSettings crypto = env.config().crypto();
            for (IosParser.Arg_transform_set_nameContext n : s.cms_transform_set().arg_transform_set_name()) {
                if (crypto.transformSet(n.getText()).isEmpty()) {
                    return CommandResult.rejected("ERROR: transform set with tag \"" + n.getText() + "\" does not exist.\n");
                }
                if (!names.contains(n.getText())) {
                    names.add(n.getText());
                }
            }
            return edit(target, env, e -> e.withTransformSets(names));
        }
        if (s.cms_pfs() != null) {
            int group = s.cms_pfs().pfs_group() == null ? 1
                    : Integer.parseInt(s.cms_pfs().pfs_group().getText().substring("group".length()));
            return edit(target, env, e -> e.withPfsGroup(Optional.of(group)));
        }
        if (s.cms_isakmp_profile() != null) {
            String profile = s.cms_isakmp_profile().arg_isakmp_profile_name().getText();
            return edit(target, env, e -> e.withIsakmpProfile(Optional.of(profile)));
        }
        if (s.cms_security_association() != null) {
            IosParser.Cms_security_associationContext sa = s.cms_security_association();
            if (sa.sa_lifetime() != null) {
                var l = sa.sa_lifetime();
                if (l.SECONDS() != null) {
                    int secs = Args.integer(l.arg_sa_lifetime_seconds());
                    return edit(target, env, e -> e.withLifetime(Optional.of(secs), e.lifetimeKilobytes()));
                }
                long kb = Args.number(l.arg_sa_lifetime_kilobytes());
                return edit(target, env, e -> e.withLifetime(e.lifetimeSeconds(), Optional.of(kb)));
            }
            if (sa.sa_replay() != null) {
                var r = IpsecCommands.replay(sa.sa_replay());
                return edit(target, env, e -> e.withReplay(Optional.of(r)));
            }
            var idle = IpsecCommands.idleTime(sa.sa_idle_time());
            return edit(target, env, e -> e.withIdleTime(Optional.of(idle)));
        }
        IosParser.Cms_ip_access_groupContext g = s.cms_ip_access_group();
        String acl = g.arg_access_group_acl().getText();
        boolean in = g.IN() != null;
        return edit(target, env, e -> in ? e.withAccessGroups(Optional.of(acl), e.accessGroupOut())
                : e.withAccessGroups(e.accessGroupIn(), Optional.of(acl)));
    }

    /** Peers keep their order; a repeated peer updates its flags; only one peer can be the default. */
    static List<MapPeer> addPeer(List<MapPeer> peers, MapPeer peer) {
        List<MapPeer> out = new ArrayList<>();
        boolean replaced = false;
        for (MapPeer p : peers) {
            if (p.samePeer(peer)) {
                out.add(peer);
                replaced = true;
            } else {
                out.add(peer.isDefault() && p.isDefault() ? new MapPeer(p.address(), p.hostname(), p.dynamic(), false) : p);
            }
        }
        if (!replaced) {
            out.add(peer);
        }
        return out;
    }

    private static MapPeer peer(IosParser.Cm_peer_addressContext a, boolean isDefault) {
        if (a.arg_peer_address() != null) {
            return new MapPeer(Args.ip(a.arg_peer_address()), false, false, isDefault);
        }
        return new MapPeer(a.arg_peer_hostname().getText(), true, a.DYNAMIC() != null, isDefault);
    }

    static CommandResult no(IosParser.Crypto_map_noContext c, ModeTarget.MapEntry target, CommandEnv env) {
        if (c.DESCRIPTION() != null) {
            return edit(target, env, e -> e.withDescription(Optional.empty()));
        }
        if (c.MATCH() != null) {
            return edit(target, env, e -> e.withMatchAddress(Optional.empty()));
        }
        if (c.REVERSE_ROUTE() != null) {
            return edit(target, env, e -> e.withReverseRoute(Optional.empty()).withReverseRouteNextHop(Optional.empty()));
        }
        if (c.PEER() != null) {
            if (c.cm_peer_address() == null) {
                return edit(target, env, e -> e.withPeers(List.of()));
            }
            MapPeer gone = peer(c.cm_peer_address(), false);
            return edit(target, env, e -> e.withPeers(e.peers().stream().filter(p -> !p.samePeer(gone)).toList()));
        }
        if (c.TRANSFORM_SET() != null) {
            return edit(target, env, e -> e.withTransformSets(List.of()));
        }
        if (c.PFS() != null) {
            return edit(target, env, e -> e.withPfsGroup(Optional.empty()));
        }
        if (c.ISAKMP_PROFILE() != null) {
            return edit(target, env, e -> e.withIsakmpProfile(Optional.empty()));
        }
        if (c.cm_sa_no() != null) {
            var sa = c.cm_sa_no();
            if (sa.LIFETIME() != null) {
                boolean secs = sa.SECONDS() != null;
                return edit(target, env, e -> secs ? e.withLifetime(Optional.empty(), e.lifetimeKilobytes())
                        : e.withLifetime(e.lifetimeSeconds(), Optional.empty()));
            }
            if (sa.REPLAY() != null) {
                return edit(target, env, e -> e.withReplay(Optional.empty()));
            }
            return edit(target, env, e -> e.withIdleTime(Optional.empty()));
        }
        // set ip access-group [ACL [in|out]]
        boolean in = c.IN() != null || c.OUT() == null;
        boolean out = c.OUT() != null || c.IN() == null;
        return edit(target, env, e -> e.withAccessGroups(in ? Optional.empty() : e.accessGroupIn(),
                out ? Optional.empty() : e.accessGroupOut()));
    }

    private static CommandResult edit(ModeTarget.MapEntry t, CommandEnv env, UnaryOperator<CryptoMapEntry> change) {
        env.store().apply(rc -> editEntry(rc, t, change));
        return CommandResult.DONE;
    }

    private static RunningConfig editEntry(RunningConfig rc, ModeTarget.MapEntry t, UnaryOperator<CryptoMapEntry> change) {
        if (t.dynamic()) {
            return rc.withCrypto(cr -> cr.withServer(s -> {
                CryptoMap map = s.dynamicMap(t.map()).orElse(new CryptoMap(t.map(), Optional.empty(), List.of()));
                CryptoMapEntry entry = map.entry(t.seq()).orElse(CryptoMapEntry.empty(t.map(), t.seq(), false));
                return s.withDynamicMap(map.withEntry(change.apply(entry)));
            }));
        }
        CryptoMap map = rc.crypto().map(t.map()).orElse(new CryptoMap(t.map(), Optional.empty(), List.of()));
        CryptoMapEntry entry = map.entry(t.seq()).orElse(CryptoMapEntry.empty(t.map(), t.seq(), false));
        return rc.withCrypto(cr -> cr.withMap(map.withEntry(change.apply(entry))));
    }
}
