package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.config.EzvpnClient;
import org.iosemu.config.EzvpnClient.Connect;
import org.iosemu.config.Password;
import org.iosemu.grammar.IosParser;

/** The (config-crypto-ezvpn) sub-mode: Easy VPN remote settings and its ordered peer list. */
final class EzvpnCommands {

    private EzvpnCommands() {}

    static CommandResult command(IosParser.Ezvpn_commandContext c, String name, CommandEnv env) {
        if (c.ez_connect() != null) {
            return edit(name, env, e -> e.withConnect(connect(c.ez_connect())));
        }
        if (c.ez_group() != null) {
            String group = c.ez_group().arg_ezvpn_group().getText();
            String key = c.ez_group().arg_ezvpn_group_key().getText();
            return edit(name, env, e -> e.withGroup(Optional.of(group), Optional.of(key)));
        }
        if (c.ez_local_address() != null) {
            String iface = Args.iface(c.ez_local_address().arg_interface_ref()).canonical();
            return edit(name, env, e -> e.withLocalAddress(Optional.of(iface)));
        }
        if (c.ez_mode() != null) {
            EzvpnClient.Mode mode = mode(c.ez_mode().ez_mode_kind());
            return edit(name, env, e -> e.withMode(mode));
        }
        if (c.ez_peer() != null) {
            String peer = c.ez_peer().ez_peer_address().getText();
            boolean isDefault = c.ez_peer().DEFAULT() != null;
            return edit(name, env, e -> {
                List<String> peers = new ArrayList<>(e.peers());
                if (!peers.contains(peer)) {
                    peers.add(peer);
                }
                return e.withPeers(peers, isDefault ? Optional.of(peer) : e.defaultPeer());
            });
        }
        if (c.ez_acl() != null) {
            String acl = c.ez_acl().arg_ezvpn_acl().getText();
            return edit(name, env, e -> e.withAcl(Optional.of(acl)));
        }
        if (c.ez_idle_time() != null) {
            int seconds = Args.integer(c.ez_idle_time().arg_ezvpn_idle_time());
            return edit(name, env, e -> e.withIdleTime(Optional.of(seconds)));
        }
        if (c.ez_backup() != null) {
            EzvpnClient.Backup backup = new EzvpnClient.Backup(c.ez_backup().arg_ezvpn_backup().getText(),
                    Args.integer(c.ez_backup().arg_ezvpn_track()));
            return edit(name, env, e -> e.withBackup(Optional.of(backup)));
        }
        if (c.ez_virtual_interface() != null) {
            Optional<Integer> template = Optional.ofNullable(c.ez_virtual_interface().arg_ezvpn_virtual_interface())
                    .map(Args::integer);
            return edit(name, env, e -> e.withVirtualInterface(Optional.of(new EzvpnClient.VirtualInterface(template))));
        }
        if (c.ez_username() != null) {
            Optional<Password> password = SystemCommands.password(c.ez_username().password_value(), env);
            if (password.isEmpty()) {
                return CommandResult.rejected("Invalid encrypted password\n");
            }
            EzvpnClient.XauthUser user = new EzvpnClient.XauthUser(c.ez_username().arg_username().getText(),
                    password.get());
            return edit(name, env, e -> e.withXauthUser(Optional.of(user)));
        }
        if (c.ez_xauth() != null) {
            String m = c.ez_xauth().ez_xauth_mode().getText();
            return edit(name, env, e -> e.withXauthMode(Optional.of(m)));
        }
        return null;
    }

    static CommandResult no(IosParser.Ezvpn_noContext c, String name, CommandEnv env) {
        if (c.CONNECT() != null) {
            return edit(name, env, e -> e.withConnect(Connect.AUTO));
        }
        if (c.GROUP() != null) {
            return edit(name, env, e -> e.withGroup(Optional.empty(), Optional.empty()));
        }
        if (c.LOCAL_ADDRESS() != null) {
            return edit(name, env, e -> e.withLocalAddress(Optional.empty()));
        }
        if (c.MODE() != null) {
            return edit(name, env, e -> e.withMode(EzvpnClient.Mode.CLIENT));
        }
        if (c.PEER() != null) {
            Optional<String> peer = Optional.ofNullable(c.ez_peer_address()).map(p -> p.getText());
            return edit(name, env, e -> {
                List<String> peers = peer.map(p -> e.peers().stream().filter(x -> !x.equals(p)).toList())
                        .orElse(List.of());
                return e.withPeers(peers, e.defaultPeer().filter(peers::contains));
            });
        }
        if (c.ACL() != null) {
            return edit(name, env, e -> e.withAcl(Optional.empty()));
        }
        if (c.IDLE_TIME() != null) {
            return edit(name, env, e -> e.withIdleTime(Optional.empty()));
        }
        if (c.BACKUP() != null) {
            return edit(name, env, e -> e.withBackup(Optional.empty()));
        }
        if (c.VIRTUAL_INTERFACE() != null) {
            return edit(name, env, e -> e.withVirtualInterface(Optional.empty()));
        }
        if (c.USERNAME() != null) {
            return edit(name, env, e -> e.withXauthUser(Optional.empty()));
        }
        return edit(name, env, e -> e.withXauthMode(Optional.empty()));
    }

    private static Connect connect(IosParser.Ez_connectContext c) {
        if (c.ACL() != null) {
            return Connect.onTraffic(c.arg_ezvpn_acl().getText());
        }
        return c.AUTO() != null ? Connect.AUTO : Connect.MANUAL;
    }

    private static CommandResult edit(String name, CommandEnv env, UnaryOperator<EzvpnClient> change) {
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withEzvpn(
                change.apply(cr.ezvpn(name).orElse(EzvpnClient.withDefaults(name))))));
        return CommandResult.DONE;
    }

    private static EzvpnClient.Mode mode(IosParser.Ez_mode_kindContext k) {
        if (k.NETWORK_EXTENSION() != null) {
            return EzvpnClient.Mode.NETWORK_EXTENSION;
        }
        return k.NETWORK_PLUS() != null ? EzvpnClient.Mode.NETWORK_PLUS : EzvpnClient.Mode.CLIENT;
    }
}
