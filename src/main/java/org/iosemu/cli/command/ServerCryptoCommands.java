package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.ClientConfigGroup;
import org.iosemu.config.CryptoMap;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.EzvpnServer;
import org.iosemu.config.IsakmpProfile;
import org.iosemu.grammar.IosParser;

/**
 * The Easy VPN server's crypto lines: `crypto isakmp client configuration group` and its (config-isakmp-group)
 * sub-mode, `crypto isakmp xauth timeout`, `crypto dynamic-map NAME SEQ` (whose sub-mode is the crypto map
 * one, see {@link CryptoMapCommands}), `crypto map NAME SEQ ipsec-isakmp dynamic DYN` and the map-wide
 * `crypto map NAME client|isakmp ...` lines.
 */
final class ServerCryptoCommands {

    private ServerCryptoCommands() {}

    // ---- global lines ------------------------------------------------------------------------------

    static CommandResult enterGroup(IosParser.Cis_client_groupContext c, CommandEnv env) {
        String name = c.arg_client_group_name().getText();
        server(env, s -> s.group(name).isPresent() ? s : s.withGroup(ClientConfigGroup.named(name)));
        return new CommandResult.Enter(Mode.CLIENT_GROUP, new ModeTarget.ClientGroup(name));
    }

    static CommandResult deleteGroup(IosParser.Cis_client_groupContext c, CommandEnv env) {
        String name = c.arg_client_group_name().getText();
        return server(env, s -> s.withoutGroup(name));
    }

    static CommandResult xauthTimeout(OptionalInt seconds, CommandEnv env) {
        return server(env, s -> s.withXauthTimeout(seconds));
    }

    static CommandResult enterDynamicMap(IosParser.Cr_dynamic_mapContext c, CommandEnv env) {
        String name = c.arg_dynamic_map_name().getText();
        int seq = Args.integer(c.arg_dynamic_map_seq());
        server(env, s -> s.dynamicMap(name).flatMap(m -> m.entry(seq)).isPresent() ? s
                : s.withDynamicMap(s.dynamicMap(name).orElse(new CryptoMap(name, Optional.empty(), List.of()))
                        .withEntry(CryptoMapEntry.empty(name, seq, false))));
        return new CommandResult.Enter(Mode.CRYPTO_MAP, new ModeTarget.MapEntry(name, seq, true));
    }

    static CommandResult deleteDynamicMap(IosParser.Cr_dynamic_map_noContext c, CommandEnv env) {
        String name = c.arg_dynamic_map_name().getText();
        if (c.arg_dynamic_map_seq() == null) {
            return server(env, s -> s.withoutDynamicMap(name));
        }
        int seq = Args.integer(c.arg_dynamic_map_seq());
        return server(env, s -> s.dynamicMap(name).map(m -> s.withDynamicMap(m.withoutEntry(seq))).orElse(s));
    }

    /** `crypto map NAME SEQ ipsec-isakmp dynamic DYN [discover]`: an entry that stands for the template; no sub-mode. */
    static CommandResult dynamicEntry(String map, int seq, IosParser.Crypto_map_dynamicContext d, CommandEnv env) {
        String dynamic = d.arg_dynamic_map_name().getText();
        env.store().apply(rc -> rc.withCrypto(cr -> {
            CryptoMap m = cr.map(map).orElse(new CryptoMap(map, Optional.empty(), List.of()));
            CryptoMapEntry e = CryptoMapEntry.empty(map, seq, false).withDynamicMap(Optional.of(dynamic));
            return cr.withMap(m.withEntry(e));
        }));
        return CommandResult.DONE;
    }

    static CommandResult mapClient(String map, IosParser.Cm_map_clientContext c, CommandEnv env) {
        if (c.AUTHENTICATION() != null) {
            String list = c.arg_aaa_list_name().getText();
            return mapLines(map, env, l -> new CryptoMap.MapClientLines(Optional.of(list), l.authorizationList(), l.address()));
        }
        IsakmpProfile.ClientAddress a = c.INITIATE() != null ? IsakmpProfile.ClientAddress.INITIATE
                : IsakmpProfile.ClientAddress.RESPOND;
        return mapLines(map, env, l -> new CryptoMap.MapClientLines(l.authenticationList(), l.authorizationList(), Optional.of(a)));
    }

    static CommandResult mapClientNo(String map, IosParser.Cm_map_client_noContext c, CommandEnv env) {
        if (c.AUTHENTICATION() != null) {
            return mapLines(map, env, l -> new CryptoMap.MapClientLines(Optional.empty(), l.authorizationList(), l.address()));
        }
        return mapLines(map, env, l -> new CryptoMap.MapClientLines(l.authenticationList(), l.authorizationList(), Optional.empty()));
    }

    static CommandResult mapAuthorization(String map, Optional<String> list, CommandEnv env) {
        return mapLines(map, env, l -> new CryptoMap.MapClientLines(l.authenticationList(), list, l.address()));
    }

    private static CommandResult mapLines(String map, CommandEnv env, UnaryOperator<CryptoMap.MapClientLines> change) {
        env.store().apply(rc -> rc.withCrypto(cr -> {
            CryptoMap m = cr.map(map).orElse(new CryptoMap(map, Optional.empty(), List.of()));
            return cr.withMap(m.withClient(change.apply(m.client())));
        }));
        return CommandResult.DONE;
    }

    // ---- (config-isakmp-group) ---------------------------------------------------------------------

    static CommandResult group(IosParser.Client_group_commandContext c, String name, CommandEnv env) {
        if (c.cg_key() != null) {
            String key = c.cg_key().arg_group_key().getText();
            boolean encrypted = c.cg_key().NUM_6() != null;
            return edit(name, env, g -> g.withKey(Optional.of(key), encrypted));
        }
        if (c.cg_pool() != null) {
            String pool = c.cg_pool().arg_group_pool().getText();
            return edit(name, env, g -> g.withPool(Optional.of(pool)));
        }
        if (c.cg_dns() != null) {
            List<String> servers = servers(c.cg_dns().arg_group_dns(), c.cg_dns().arg_group_dns_second());
            return edit(name, env, g -> g.withDns(servers));
        }
        if (c.cg_wins() != null) {
            List<String> servers = servers(c.cg_wins().arg_group_wins(), c.cg_wins().arg_group_wins_second());
            return edit(name, env, g -> g.withWins(servers));
        }
        if (c.cg_domain() != null) {
            String domain = c.cg_domain().arg_group_domain().getText();
            return edit(name, env, g -> g.withDomain(Optional.of(domain)));
        }
        if (c.cg_acl() != null) {
            String acl = c.cg_acl().arg_group_acl().getText();
            return edit(name, env, g -> g.withSplitAcl(Optional.of(acl)));
        }
        if (c.cg_netmask() != null) {
            String mask = Args.ip(c.cg_netmask().arg_group_netmask());
            if (!org.iosemu.config.Ipv4.isContiguousMask(mask)) {
                return CommandResult.invalidAt(Args.column(c.cg_netmask().arg_group_netmask()));
            }
            return edit(name, env, g -> g.withNetmask(Optional.of(mask)));
        }
        if (c.cg_max_users() != null) {
            int n = Args.integer(c.cg_max_users().arg_group_max_users());
            return edit(name, env, g -> g.withMaxUsers(OptionalInt.of(n)));
        }
        if (c.cg_max_logins() != null) {
            int n = Args.integer(c.cg_max_logins().arg_group_max_logins());
            return edit(name, env, g -> g.withMaxLogins(OptionalInt.of(n)));
        }
        if (c.cg_save_password() != null) {
            return edit(name, env, g -> g.withSavePassword(true));
        }
        if (c.cg_include_local_lan() != null) {
            return edit(name, env, g -> g.withIncludeLocalLan(true));
        }
        if (c.cg_pfs() != null) {
            return edit(name, env, g -> g.withPfs(true));
        }
        return null;
    }

    static CommandResult groupNo(IosParser.Client_group_noContext c, String name, CommandEnv env) {
        if (c.KEY() != null) {
            return edit(name, env, g -> g.withKey(Optional.empty(), false));
        }
        if (c.POOL() != null) {
            return edit(name, env, g -> g.withPool(Optional.empty()));
        }
        if (c.DNS() != null) {
            return edit(name, env, g -> g.withDns(List.of()));
        }
        if (c.WINS() != null) {
            return edit(name, env, g -> g.withWins(List.of()));
        }
        if (c.DOMAIN() != null) {
            return edit(name, env, g -> g.withDomain(Optional.empty()));
        }
        if (c.ACL() != null) {
            return edit(name, env, g -> g.withSplitAcl(Optional.empty()));
        }
        if (c.NETMASK() != null) {
            return edit(name, env, g -> g.withNetmask(Optional.empty()));
        }
        if (c.MAX_USERS() != null) {
            return edit(name, env, g -> g.withMaxUsers(OptionalInt.empty()));
        }
        if (c.MAX_LOGINS() != null) {
            return edit(name, env, g -> g.withMaxLogins(OptionalInt.empty()));
        }
        if (c.SAVE_PASSWORD() != null) {
            return edit(name, env, g -> g.withSavePassword(false));
        }
        if (c.INCLUDE_LOCAL_LAN() != null) {
            return edit(name, env, g -> g.withIncludeLocalLan(false));
        }
        if (c.PFS() != null) {
            return edit(name, env, g -> g.withPfs(false));
        }
        return null;
    }

    private static List<String> servers(org.antlr.v4.runtime.ParserRuleContext first,
                                        org.antlr.v4.runtime.ParserRuleContext second) {
        List<String> out = new ArrayList<>();
        out.add(Args.ip(first));
        if (second != null) {
            out.add(Args.ip(second));
        }
        return out;
    }

    private static CommandResult edit(String name, CommandEnv env, UnaryOperator<ClientConfigGroup> change) {
        return server(env, s -> s.withGroup(change.apply(s.group(name).orElse(ClientConfigGroup.named(name)))));
    }

    private static CommandResult server(CommandEnv env, UnaryOperator<EzvpnServer> change) {
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withServer(change)));
        return CommandResult.DONE;
    }
}
