package org.iosemu.cli.command;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.TunnelConfig;
import org.iosemu.grammar.IosParser;

/** The `tunnel ...` lines of a tunnel interface and their `no` forms. */
final class TunnelCommands {

    private TunnelCommands() {}

    static CommandResult tunnel(IosParser.If_tunnelContext c, InterfaceName name, CommandEnv env) {
        if (c.tunnel_source() != null) {
            var s = c.tunnel_source();
            TunnelConfig.Source source = s.arg_interface_ref() != null ? TunnelConfig.Source.of(Args.iface(s.arg_interface_ref()))
                    : TunnelConfig.Source.of(Args.ip(s.arg_tunnel_source()));
            return edit(name, env, t -> t.withSource(Optional.of(source)));
        }
        if (c.tunnel_destination() != null) {
            var d = c.tunnel_destination();
            // a host name stays as typed (IOS shows it back so), resolved through `ip host` when used
            String destination = d.arg_tunnel_destination() != null ? Args.ip(d.arg_tunnel_destination())
                    : d.arg_tunnel_destination_host().getText();
            return edit(name, env, t -> t.withDestination(Optional.of(destination)));
        }
        if (c.tunnel_mode() != null) {
            TunnelConfig.Mode mode = mode(c.tunnel_mode().tunnel_mode_kind());
            return edit(name, env, t -> t.withMode(mode));
        }
        var p = c.tunnel_protection();
        TunnelConfig.Protection protection = new TunnelConfig.Protection(p.arg_ipsec_profile_name().getText(), p.SHARED() != null);
        boolean wasOn = InterfaceCommands.isakmpOn(env.config());
        edit(name, env, t -> t.withProtection(Optional.of(protection)));
        if (!wasOn && !env.loading()) {
            env.syslog().log("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON");
        }
        return CommandResult.DONE;
    }

    static CommandResult no(IosParser.Interface_noContext c, InterfaceName name, CommandEnv env) {
        if (c.SOURCE() != null) {
            return edit(name, env, t -> t.withSource(Optional.empty()));
        }
        if (c.DESTINATION() != null) {
            return edit(name, env, t -> t.withDestination(Optional.empty()));
        }
        if (c.MODE() != null) {
            return edit(name, env, t -> t.withMode(TunnelConfig.Mode.GRE_IP));
        }
        boolean wasOn = InterfaceCommands.isakmpOn(env.config());
        edit(name, env, t -> t.withProtection(Optional.empty()));
        if (wasOn && !InterfaceCommands.isakmpOn(env.config()) && !env.loading()) {
            env.syslog().log("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF");
        }
        return CommandResult.DONE;
    }

    private static TunnelConfig.Mode mode(IosParser.Tunnel_mode_kindContext k) {
        return k.IPSEC() != null ? TunnelConfig.Mode.IPSEC_IPV4 : TunnelConfig.Mode.GRE_IP;
    }

    private static CommandResult edit(InterfaceName name, CommandEnv env, UnaryOperator<TunnelConfig> change) {
        env.store().apply(rc -> {
            InterfaceConfig i = rc.iface(name).orElse(InterfaceConfig.fresh(name, false));
            return rc.withInterface(i.withTunnel(change.apply(i.tunnel())));
        });
        return CommandResult.DONE;
    }
}
