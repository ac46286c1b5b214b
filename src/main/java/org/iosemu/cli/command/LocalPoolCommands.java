package org.iosemu.cli.command;

import org.iosemu.config.IpLocalPool;
import org.iosemu.config.IpServices;
import org.iosemu.config.Ipv4;
import org.iosemu.grammar.IosParser;

/**
 * `ip local pool NAME FIRST [LAST]` and its `no` form. Typing a pool's name again with another range adds
 * that range; ranges may not overlap any pool's, and a pool holds at most {@link #MAX_RANGE} addresses per line.
 */
final class LocalPoolCommands {

    /** The largest range one line may give (IOS refuses more as a bad range). */
    static final long MAX_RANGE = 65536;

    private LocalPoolCommands() {}

    static CommandResult add(IosParser.Ip_localContext c, CommandEnv env) {
        if (c.ne_ip_local() != null) {
            return null;
        }
        String name = c.arg_local_pool_name().getText();
        String firstText = Args.ip(c.arg_local_pool_first());
        String lastText = c.arg_local_pool_last() == null ? firstText : Args.ip(c.arg_local_pool_last());
        long first = Ipv4.toLong(firstText);
        long last = Ipv4.toLong(lastText);
        if (first > last || last - first >= MAX_RANGE) {
            return CommandResult.rejected("%Bad IP range, " + firstText + "-" + lastText + "\n");
        }
        IpLocalPool.Range range = new IpLocalPool.Range(first, last);
        IpServices ip = env.config().system().services().ip();
        for (IpLocalPool p : ip.localPools()) {
            if (p.ranges().contains(range) && p.name().equals(name)) {
                return CommandResult.DONE;
            }
            if (p.ranges().stream().anyMatch(r -> r.overlaps(range))) {
                return CommandResult.rejected("%IP address range overlaps with pool: " + p.name() + "\n");
            }
        }
        IpLocalPool pool = ip.localPool(name).orElse(new IpLocalPool(name, java.util.List.of())).withRange(range);
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withIp(i -> i.withLocalPool(pool)))));
        return CommandResult.DONE;
    }

    /** `no ip local pool NAME` removes the pool; with a range, only that range. */
    static CommandResult delete(IosParser.Ip_local_noContext c, CommandEnv env) {
        if (c.ne_ip_local() != null) {
            return null;
        }
        String name = c.arg_local_pool_name().getText();
        IpServices ip = env.config().system().services().ip();
        IpLocalPool pool = ip.localPool(name).orElse(null);
        if (pool == null) {
            return CommandResult.DONE;
        }
        IpLocalPool edited;
        if (c.arg_local_pool_first() == null) {
            edited = new IpLocalPool(name, java.util.List.of());
        } else {
            long first = Ipv4.toLong(Args.ip(c.arg_local_pool_first()));
            long last = c.arg_local_pool_last() == null ? first : Ipv4.toLong(Args.ip(c.arg_local_pool_last()));
            edited = pool.withoutRange(new IpLocalPool.Range(first, last));
        }
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withIp(i -> i.withLocalPool(edited)))));
        return CommandResult.DONE;
    }
}
