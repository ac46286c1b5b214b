package org.iosemu.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** NAT's global lines (`ip nat pool`, `ip nat inside source`) and the route maps its rules may name. */
public record NatSettings(List<NatPool> pools, List<NatRule> rules, List<RouteMapEntry> routeMaps) {

    public static final NatSettings NONE = new NatSettings(List.of(), List.of(), List.of());

    public NatSettings {
        pools = List.copyOf(pools);
        rules = List.copyOf(rules);
        routeMaps = List.copyOf(routeMaps);
    }

    public Optional<NatPool> pool(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public NatSettings withPool(NatPool pool) {
        List<NatPool> out = new ArrayList<>(pools.stream().filter(p -> !p.name().equals(pool.name())).toList());
        out.add(pool);
        return new NatSettings(out, rules, routeMaps);
    }

    public NatSettings withoutPool(String name) {
        return new NatSettings(pools.stream().filter(p -> !p.name().equals(name)).toList(), rules, routeMaps);
    }

    /** Adds the rule, replacing the one for the same list, map or inside local address. */
    public NatSettings withRule(NatRule rule) {
        List<NatRule> out = new ArrayList<>();
        boolean replaced = false;
        for (NatRule r : rules) {
            if (same(r, rule)) {
                if (!replaced) {
                    out.add(rule);
                }
                replaced = true;
            } else {
                out.add(r);
            }
        }
        if (!replaced) {
            out.add(rule);
        }
        return new NatSettings(pools, out, routeMaps);
    }

    public NatSettings withoutRule(NatRule rule) {
        return new NatSettings(pools, rules.stream().filter(r -> !r.equals(rule)).toList(), routeMaps);
    }

    private static boolean same(NatRule a, NatRule b) {
        if (a instanceof NatRule.Dynamic x && b instanceof NatRule.Dynamic y) {
            return x.sameMapping(y);
        }
        return a instanceof NatRule.Static x && b instanceof NatRule.Static y && x.sameMapping(y);
    }

    public List<RouteMapEntry> routeMap(String name) {
        return routeMaps.stream().filter(e -> e.name().equals(name)).toList();
    }

    /** Adds or replaces the entry with that name and sequence; entries stay ordered by name, then sequence. */
    public NatSettings withRouteMapEntry(RouteMapEntry entry) {
        List<RouteMapEntry> out = new ArrayList<>(routeMaps.stream()
                .filter(e -> !(e.name().equals(entry.name()) && e.sequence() == entry.sequence())).toList());
        out.add(entry);
        out.sort(Comparator.comparing(RouteMapEntry::name).thenComparingInt(RouteMapEntry::sequence));
        return new NatSettings(pools, rules, out);
    }

    public NatSettings withoutRouteMap(String name, Optional<Integer> sequence) {
        return new NatSettings(pools, rules, routeMaps.stream().filter(e -> !(e.name().equals(name)
                && (sequence.isEmpty() || e.sequence() == sequence.get()))).toList());
    }

    /** The show-run lines before the static routes: pools, then dynamic rules, then static ones. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        pools.stream().map(NatPool::render).forEach(out::add);
        rules.stream().filter(r -> r instanceof NatRule.Dynamic).map(NatRule::render).forEach(out::add);
        rules.stream().filter(r -> r instanceof NatRule.Static).map(NatRule::render).forEach(out::add);
        return out;
    }
}
