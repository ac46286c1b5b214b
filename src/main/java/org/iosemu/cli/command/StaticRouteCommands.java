package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.Ipv4;
import org.iosemu.config.StaticRoute;
import org.iosemu.grammar.IosParser;

/** `ip route ...` and `no ip route ...`: the static routes of the running configuration. */
final class StaticRouteCommands {

    private StaticRouteCommands() {}

    /** Adds the route, or replaces the one to the same prefix and target (a new distance, tag or name). */
    static CommandResult add(IosParser.Ip_routeContext r, CommandEnv env) {
        Optional<CommandResult> refused = checkPrefix(r.arg_route_prefix(), r.arg_route_mask());
        if (refused.isPresent()) {
            return refused.get();
        }
        StaticRoute route = route(r.arg_route_prefix(), r.arg_route_mask(), r.route_target(), r.route_option());
        env.store().apply(rc -> rc.withSystem(s -> {
            List<StaticRoute> routes = new ArrayList<>(s.routes());
            routes.removeIf(route::sameRoute);
            routes.add(route);
            routes.sort(Comparator.comparingLong((StaticRoute x) -> Ipv4.toLong(x.prefix()))
                    .thenComparingLong(x -> Ipv4.toLong(x.mask())));
            return s.withRoutes(routes);
        }));
        return CommandResult.DONE;
    }

    /** Removes the route to the prefix by that target, whatever its options; without a target, all to the prefix. */
    static CommandResult delete(IosParser.Ip_route_noContext r, CommandEnv env) {
        Optional<CommandResult> refused = checkPrefix(r.arg_route_prefix(), r.arg_route_mask());
        if (refused.isPresent()) {
            return refused.get();
        }
        String prefix = Args.ip(r.arg_route_prefix());
        String mask = Args.ip(r.arg_route_mask());
        Predicate<StaticRoute> matches = r.route_target() == null
                ? x -> x.prefix().equals(prefix) && x.mask().equals(mask)
                : route(r.arg_route_prefix(), r.arg_route_mask(), r.route_target(), List.of())::sameRoute;
        if (env.config().system().routes().stream().noneMatch(matches)) {
            return CommandResult.rejected("%No matching route to delete\n");
        }
        env.store().apply(rc -> rc.withSystem(s -> {
            List<StaticRoute> routes = new ArrayList<>(s.routes());
            routes.removeIf(matches);
            return s.withRoutes(routes);
        }));
        return CommandResult.DONE;
    }

    private static Optional<CommandResult> checkPrefix(IosParser.Arg_route_prefixContext p, IosParser.Arg_route_maskContext m) {
        String prefix = Args.ip(p);
        String mask = Args.ip(m);
        if (!Ipv4.isContiguousMask(mask)) {
            return Optional.of(CommandResult.invalidAt(Args.column(m)));
        }
        if ((Ipv4.toLong(prefix) & ~Ipv4.toLong(mask) & 0xFFFFFFFFL) != 0) {
            return Optional.of(CommandResult.rejected("%Inconsistent address and mask\n"));
        }
        return Optional.empty();
    }

    private static StaticRoute route(IosParser.Arg_route_prefixContext p, IosParser.Arg_route_maskContext m,
                                     IosParser.Route_targetContext target, List<IosParser.Route_optionContext> options) {
        Optional<InterfaceName> exit = Optional.ofNullable(target.arg_interface_ref()).map(Args::iface)
                .or(() -> Optional.ofNullable(target.route_null()).map(n -> new InterfaceName(InterfaceType.NULL, "0")));
        Optional<String> hop = Optional.ofNullable(target.arg_route_next_hop()).map(Args::ip);
        int distance = StaticRoute.DEFAULT_DISTANCE;
        Optional<Long> tag = Optional.empty();
        Optional<String> name = Optional.empty();
        for (IosParser.Route_optionContext o : options) {   // a repeated option: the last one counts, as on IOS
            if (o.arg_route_distance() != null) {
                distance = Args.integer(o.arg_route_distance());
            } else if (o.arg_route_tag() != null) {
                tag = Optional.of(Args.number(o.arg_route_tag()));
            } else if (o.arg_route_name() != null) {
                name = Optional.of(o.arg_route_name().getText());
            }
        }
        return new StaticRoute(Args.ip(p), Args.ip(m), hop, exit, distance, tag, name);
    }
}
