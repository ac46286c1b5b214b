package org.iosemu.cli.command;

import java.util.List;
import org.iosemu.grammar.IosParser;

/** `ip host NAME A.B.C.D...` and `no ip host NAME [A.B.C.D...]`: the static host table. */
final class HostTableCommands {

    /** IOS takes at most eight addresses per name. */
    static final int MAX_ADDRESSES = 8;

    private HostTableCommands() {}

    static CommandResult add(IosParser.Ip_hostContext c, CommandEnv env) {
        List<IosParser.Arg_ip_host_addressContext> given = c.arg_ip_host_address();
        if (given.size() > MAX_ADDRESSES) {
            return CommandResult.invalidAt(Args.column(given.get(MAX_ADDRESSES)));
        }
        String name = c.arg_ip_host_name().getText();
        List<String> addresses = given.stream().map(Args::ip).toList();
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withIp(ip -> ip.withHost(name, addresses)))));
        return CommandResult.DONE;
    }

    /** Removes the name (whatever addresses are typed after it, as IOS does). */
    static CommandResult delete(IosParser.Ip_host_noContext c, CommandEnv env) {
        String name = c.arg_ip_host_name().getText();
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withIp(ip -> ip.withHost(name, List.of())))));
        return CommandResult.DONE;
    }
}
