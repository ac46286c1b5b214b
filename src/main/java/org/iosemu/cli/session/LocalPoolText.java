package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.iosemu.config.IpLocalPool;
import org.iosemu.config.Ipv4;
import org.iosemu.config.RunningConfig;

/**
 * `show ip local pool [NAME]`: one row per pool range with free and in-use counts (the 12.4/15.x columns);
 * with a name, the pool's available and in-use addresses as well (the holder beside each in-use one).
 */
final class LocalPoolText {

    /** How many free addresses the detail lists before it stops (a /16 pool would list 65536 lines). */
    static final int MAX_LISTED = 256;

    private LocalPoolText() {}

    static List<String> render(RunningConfig config, Optional<String> name, Function<String, Map<Long, String>> leases) {
        List<IpLocalPool> pools = config.system().services().ip().localPools();
        List<String> out = new ArrayList<>();
        if (name.isPresent()) {
            Optional<IpLocalPool> pool = pools.stream().filter(p -> p.name().equals(name.get())).findFirst();
            if (pool.isEmpty()) {
                out.add("%No IP Local Pool named " + name.get());
                return out;
            }
            out.add(header());
            out.addAll(rows(pool.get(), leases.apply(pool.get().name())));
            out.addAll(detail(pool.get(), leases.apply(pool.get().name())));
            return out;
        }
        if (pools.isEmpty()) {
            return out;
        }
        out.add(header());
        for (IpLocalPool p : pools) {
            out.addAll(rows(p, leases.apply(p.name())));
        }
        return out;
    }

    private static String header() {
        return String.format(" %-24s %-15s %-15s %5s %7s", "Pool", "Begin", "End", "Free", "In use");
    }

    private static List<String> rows(IpLocalPool pool, Map<Long, String> leased) {
        List<String> out = new ArrayList<>();
        boolean first = true;
        for (IpLocalPool.Range r : pool.ranges()) {
            long inUse = leased.keySet().stream().filter(r::contains).count();
            out.add(String.format(" %-24s %-15s %-15s %5d %7d", first ? pool.name() : "", Ipv4.format(r.first()),
                    Ipv4.format(r.last()), r.size() - inUse, inUse));
            first = false;
        }
        return out;
    }

    private static List<String> detail(IpLocalPool pool, Map<Long, String> leased) {
        List<String> out = new ArrayList<>();
        out.add("Available addresses:");
        List<Long> free = pool.addresses(MAX_LISTED + leased.size()).stream().filter(a -> !leased.containsKey(a))
                .limit(MAX_LISTED).toList();
        if (free.isEmpty()) {
            out.add("     None");
        }
        free.forEach(a -> out.add("    " + Ipv4.format(a)));
        if (pool.size() - leased.size() > free.size()) {
            out.add("    ...");
        }
        out.add("Inuse addresses:");
        if (leased.isEmpty()) {
            out.add("     None");
        }
        leased.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(String.format("    %-15s  %s", Ipv4.format(e.getKey()), e.getValue())));
        out.add("");
        return out;
    }
}
