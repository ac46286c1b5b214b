package org.iosemu.cli.command;

import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.iosemu.config.IpServices;
import org.iosemu.grammar.IosParser;

/** `ip cef`, `ip classless`, `ip subnet-zero`, `ip tcp synwait-time N`, `ipv6 cef`, and their `no` forms. */
final class IpServiceCommands {

    private IpServiceCommands() {}

    /** Whether this `ip ...` line is one of these switches. */
    static boolean handles(IosParser.Gc_ipContext c) {
        return c.ip_cef() != null || c.ip_classless() != null || c.ip_subnet_zero() != null || c.ip_tcp() != null;
    }

    static boolean handles(IosParser.Gc_ip_noContext c) {
        return c.ip_cef() != null || c.ip_classless() != null || c.ip_subnet_zero() != null || c.ip_tcp_no() != null;
    }

    static CommandResult ip(IosParser.Gc_ipContext c, CommandEnv env) {
        if (c.ip_tcp() != null) {
            int seconds = Args.integer(c.ip_tcp().arg_tcp_synwait_time());
            return edit(env, ip -> ip.withTcpSynwaitTime(OptionalInt.of(seconds)));
        }
        return edit(env, ip -> c.ip_cef() != null ? ip.withCef(true)
                : c.ip_classless() != null ? ip.withClassless(true) : ip.withSubnetZero(true));
    }

    static CommandResult noIp(IosParser.Gc_ip_noContext c, CommandEnv env) {
        if (c.ip_tcp_no() != null) {
            return edit(env, ip -> ip.withTcpSynwaitTime(OptionalInt.empty()));
        }
        return edit(env, ip -> c.ip_cef() != null ? ip.withCef(false)
                : c.ip_classless() != null ? ip.withClassless(false) : ip.withSubnetZero(false));
    }

    static CommandResult ipv6Cef(boolean on, CommandEnv env) {
        return edit(env, ip -> ip.withIpv6Cef(on));
    }

    private static CommandResult edit(CommandEnv env, UnaryOperator<IpServices> change) {
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withIp(change))));
        return CommandResult.DONE;
    }
}
