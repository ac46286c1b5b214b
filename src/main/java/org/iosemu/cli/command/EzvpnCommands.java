package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.config.EzvpnClient;
import org.iosemu.grammar.IosParser;

/** The (config-crypto-ezvpn) sub-mode: Easy VPN remote settings and its ordered peer list. */
final class EzvpnCommands {

    private EzvpnCommands() {}

    static CommandResult command(IosParser.Ezvpn_commandContext c, String name, CommandEnv env) {
        if (c.ez_connect() != null) {
            boolean auto = c.ez_connect().AUTO() != null;
            return edit(name, env, e -> e.withConnectAuto(auto));
        }
        if (c.ez_group() != null) {
            String group = c.ez_group().arg_ezvpn_group().getText();
            String key = c.ez_group().arg_ezvpn_group_key().getText();
            return edit(name, env, e -> e.withGroup(Optional.of(group), Optional.of(key)));
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
        if (c.ez_xauth() != null) {
            String m = c.ez_xauth().ez_xauth_mode().getText();
            return edit(name, env, e -> e.withXauthMode(Optional.of(m)));
        }
        return null;
    }

    static CommandResult no(IosParser.Ezvpn_noContext c, String name, CommandEnv env) {
        if (c.CONNECT() != null) {
            return edit(name, env, e -> e.withConnectAuto(true));
        }
        if (c.GROUP() != null) {
            return edit(name, env, e -> e.withGroup(Optional.empty(), Optional.empty()));
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
        return edit(name, env, e -> e.withXauthMode(Optional.empty()));
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
