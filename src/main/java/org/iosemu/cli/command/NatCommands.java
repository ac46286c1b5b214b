package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.Ipv4;
import org.iosemu.config.NatPool;
import org.iosemu.config.NatRule;
import org.iosemu.config.NatSettings;
import org.iosemu.config.RouteMapEntry;
import org.iosemu.grammar.IosParser;

/** `ip nat pool`, `ip nat inside source ...`, `route-map NAME [permit|deny] [SEQ]` and its `match ip address`. */
final class NatCommands {

    private NatCommands() {}

    static CommandResult nat(IosParser.Ip_natContext c, CommandEnv env) {
        if (c.nat_pool() != null) {
            return pool(c.nat_pool(), env);
        }
        if (c.nat_inside_source() != null) {
            NatRule rule = rule(c.nat_inside_source());
            return edit(env, n -> n.withRule(rule));
        }
        return null; // not emulated: the catalogue answers
    }

    static CommandResult noNat(IosParser.Ip_nat_noContext c, CommandEnv env) {
        if (c.POOL() != null) {
            String name = c.arg_nat_pool_name().getText();
            return edit(env, n -> n.withoutPool(name));
        }
        if (c.nat_inside_source() != null) {
            NatRule rule = rule(c.nat_inside_source());
            return edit(env, n -> n.withoutRule(rule));
        }
        return null;
    }

    private static CommandResult pool(IosParser.Nat_poolContext p, CommandEnv env) {
        String start = Args.ip(p.arg_nat_pool_start());
        String end = Args.ip(p.arg_nat_pool_end());
        boolean byPrefix = p.PREFIX_LENGTH() != null;
        String mask = byPrefix ? maskOf(Args.integer(p.arg_nat_pool_prefix_length())) : Args.ip(p.arg_nat_pool_netmask());
        String name = p.arg_nat_pool_name().getText();
        if (!Ipv4.isContiguousMask(mask)) {
            return CommandResult.rejected("%Pool " + name + " mask " + mask + " is non-contiguous\n");
        }
        if (Ipv4.toLong(end) < Ipv4.toLong(start)) {
            return CommandResult.rejected("%End address less than start address\n");
        }
        long m = Ipv4.toLong(mask);
        if ((Ipv4.toLong(start) & m) != (Ipv4.toLong(end) & m)) {
            return CommandResult.rejected("%Start and end addresses on different subnets\n");
        }
        NatPool pool = new NatPool(name, start, end, mask, byPrefix);
        return edit(env, n -> n.withPool(pool));
    }

    private static String maskOf(int prefix) {
        long m = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return ((m >>> 24) & 255) + "." + ((m >>> 16) & 255) + "." + ((m >>> 8) & 255) + "." + (m & 255);
    }

    private static NatRule rule(IosParser.Nat_inside_sourceContext c) {
        if (c.nat_dynamic() != null) {
            var d = c.nat_dynamic();
            boolean byMap = d.ROUTE_MAP() != null;
            String selector = byMap ? d.arg_nat_route_map().getText() : d.arg_nat_acl().getText();
            return new NatRule.Dynamic(byMap, selector,
                    Optional.ofNullable(d.arg_interface_ref()).map(Args::iface),
                    Optional.ofNullable(d.arg_nat_pool_name()).map(x -> x.getText()), d.OVERLOAD() != null);
        }
        var s = c.nat_static();
        Optional<String> protocol = s.TCP() != null ? Optional.of("tcp") : s.UDP() != null ? Optional.of("udp") : Optional.empty();
        OptionalInt localPort = s.arg_nat_local_port() == null ? OptionalInt.empty() : OptionalInt.of(Args.integer(s.arg_nat_local_port()));
        OptionalInt globalPort = s.arg_nat_global_port() == null ? OptionalInt.empty() : OptionalInt.of(Args.integer(s.arg_nat_global_port()));
        return new NatRule.Static(protocol, Args.ip(s.arg_nat_local()), localPort, Args.ip(s.arg_nat_global()), globalPort,
                s.EXTENDABLE() != null || protocol.isPresent());
    }

    /** `route-map NAME [permit|deny] [SEQ]`: without a number, the map's only entry or a new entry 10. */
    static CommandResult enterRouteMap(IosParser.Gc_route_mapContext c, CommandEnv env) {
        String name = c.arg_route_map_name().getText();
        List<RouteMapEntry> entries = env.config().system().services().nat().routeMap(name);
        int sequence;
        if (c.arg_route_map_sequence() != null) {
            sequence = Args.integer(c.arg_route_map_sequence());
        } else if (entries.size() > 1) {
            return CommandResult.rejected("% Please specify the entry by its sequence\n");
        } else {
            sequence = entries.isEmpty() ? RouteMapEntry.DEFAULT_SEQUENCE : entries.get(0).sequence();
        }
        boolean permit = c.DENY() == null;
        Optional<RouteMapEntry> existing = entries.stream().filter(e -> e.sequence() == sequence).findFirst();
        RouteMapEntry entry = existing.map(e -> e.withPermit(permit))
                .orElseGet(() -> new RouteMapEntry(name, permit, sequence, List.of()));
        edit(env, n -> n.withRouteMapEntry(entry));
        return new CommandResult.Enter(Mode.ROUTE_MAP, new ModeTarget.RouteMapEntry(name, sequence));
    }

    /** `no route-map NAME [permit|deny] [SEQ]`: the entry, or the whole map. */
    static CommandResult deleteRouteMap(IosParser.Gc_route_mapContext c, CommandEnv env) {
        String name = c.arg_route_map_name().getText();
        Optional<Integer> sequence = Optional.ofNullable(c.arg_route_map_sequence()).map(Args::integer);
        return edit(env, n -> n.withoutRouteMap(name, sequence));
    }

    static CommandResult routeMapCommand(IosParser.Route_map_commandContext c, ModeTarget.RouteMapEntry target,
                                         CommandEnv env) {
        if (c.rm_match() == null || c.rm_match().IP() == null || c.rm_match().ADDRESS() == null) {
            return null;
        }
        List<String> acls = c.rm_match().arg_route_map_acl().stream().map(a -> a.getText()).toList();
        return editEntry(target, env, e -> {
            List<String> merged = new ArrayList<>(e.matchAcls());
            acls.stream().filter(a -> !merged.contains(a)).forEach(merged::add);
            return e.withMatchAcls(merged);
        });
    }

    static CommandResult routeMapNo(IosParser.Route_map_noContext c, ModeTarget.RouteMapEntry target, CommandEnv env) {
        if (c.ADDRESS() == null) {
            return null;
        }
        List<String> acls = c.arg_route_map_acl().stream().map(a -> a.getText()).toList();
        return editEntry(target, env, e -> e.withMatchAcls(acls.isEmpty() ? List.of()
                : e.matchAcls().stream().filter(a -> !acls.contains(a)).toList()));
    }

    private static CommandResult editEntry(ModeTarget.RouteMapEntry target, CommandEnv env,
                                           java.util.function.UnaryOperator<RouteMapEntry> change) {
        return edit(env, n -> n.routeMap(target.name()).stream().filter(e -> e.sequence() == target.sequence())
                .findFirst().map(e -> n.withRouteMapEntry(change.apply(e))).orElse(n));
    }

    private static CommandResult edit(CommandEnv env, java.util.function.UnaryOperator<NatSettings> change) {
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withNat(change))));
        return CommandResult.DONE;
    }
}
