package org.iosemu.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.IpAddress;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.StaticRoute;

/**
 * The routing table a configuration gives (connected, local and static routes), for forwarding and for
 * `show ip route` alike. A static route is installed only while it resolves: its exit interface is up,
 * or its next hop is reached by a route already installed (recursion through other statics included),
 * and only while no route of a lower administrative distance covers the same prefix.
 */
public final class Rib {

    /** IOS stops resolving a next hop after a few levels; a loop of statics must not spin. */
    private static final int MAX_RECURSION = 8;

    /** The always-up interface that discards what is routed to it. */
    public static final InterfaceConfig NULL0 = InterfaceConfig.fresh(new InterfaceName(InterfaceType.NULL, "0"), false);

    private final List<Route> routes;

    private Rib(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Rib of(RunningConfig config) {
        return of(config, List.of());
    }

    /** With static routes from elsewhere (reverse route injection), installed under the same rules. */
    public static Rib of(RunningConfig config, List<StaticRoute> injected) {
        return of(config, injected, LineProtocol.ADMINISTRATIVE);
    }

    /**
     * With the line protocol of each interface as the router's runtime sees it: an interface whose line protocol
     * is down (a tunnel without its IPsec SA) carries no connected route and no static route.
     */
    public static Rib of(RunningConfig config, List<StaticRoute> injected, LineProtocol lines) {
        return of(config, injected, lines, List.of());
    }

    /**
     * With the interfaces the router created itself ({@code virtual}: an Easy VPN remote's Loopback10000 with its
     * assigned /32), up while they exist: their connected routes as a configured interface's.
     */
    public static Rib of(RunningConfig config, List<StaticRoute> injected, LineProtocol lines, List<InterfaceConfig> virtual) {
        List<Route> installed = new ArrayList<>();
        for (InterfaceConfig i : config.interfaces()) {
            if (!lines.up(i)) {
                continue;
            }
            i.address().ifPresent(a -> addConnected(installed, a, i));
            i.secondaries().forEach(a -> addConnected(installed, a, i));
        }
        for (InterfaceConfig i : virtual) {
            i.address().ifPresent(a -> addConnected(installed, a, i));
        }
        List<StaticRoute> pending = new ArrayList<>(config.system().routes());
        injected.stream().filter(r -> pending.stream().noneMatch(r::sameRoute)).forEach(pending::add);
        for (int pass = 0; pass < MAX_RECURSION && !pending.isEmpty(); pass++) {
            List<Route> resolved = new ArrayList<>();
            pending.removeIf(r -> resolve(r, config, installed, lines).map(resolved::add).orElse(false));
            if (resolved.isEmpty()) {
                break;
            }
            installed.addAll(resolved);
            keepBestDistance(installed);
        }
        keepBestDistance(installed);
        installed.sort(Comparator.comparing(Route::prefix).thenComparing(Route::distance));
        return new Rib(installed);
    }

    /**
     * Per prefix only the routes of the lowest administrative distance are installed: a static loses to a
     * connected route, a floating static (`ip route ... 250`) waits until the better route goes.
     */
    private static void keepBestDistance(List<Route> installed) {
        java.util.Map<Prefix, Integer> best = new java.util.HashMap<>();
        installed.forEach(r -> best.merge(r.prefix(), r.distance(), Math::min));
        installed.removeIf(r -> r.distance() > best.get(r.prefix()));
    }

    private static void addConnected(List<Route> installed, IpAddress a, InterfaceConfig i) {
        Prefix subnet = Prefix.of(a.address(), a.mask());
        installed.add(new Route(Route.Source.CONNECTED, subnet, Optional.empty(), i));
        if (subnet.length() < 32) {
            installed.add(new Route(Route.Source.LOCAL, new Prefix(Prefix.bits(a.address()), 32), Optional.empty(), i));
        }
    }

    private static Optional<Route> resolve(StaticRoute r, RunningConfig config, List<Route> installed,
                                           LineProtocol lines) {
        Prefix prefix = Prefix.of(r.prefix(), r.mask());
        int distance = r.distance();
        Optional<Integer> hop = r.nextHop().map(Prefix::bits);
        if (r.exitInterface().filter(n -> n.type() == InterfaceType.NULL).isPresent()) {
            return Optional.of(new Route(Route.Source.STATIC, prefix, Optional.empty(), NULL0, true, distance));
        }
        if (r.exitInterface().isPresent()) {
            // an interface with a next hop on it: the hop is named, the interface decides (no recursion)
            return config.iface(r.exitInterface().get()).filter(lines::up)
                    .map(i -> new Route(Route.Source.STATIC, prefix, hop, i, true, distance));
        }
        return best(installed, hop.orElseThrow()).filter(via -> !via.prefix().equals(prefix))
                .map(via -> new Route(Route.Source.STATIC, prefix, hop, via.exit(), false, distance));
    }

    /** All installed routes, by network then prefix length (the order `show ip route` lists them in). */
    public List<Route> routes() {
        return routes;
    }

    /** The route a packet to {@code address} takes: the longest match, then the lower distance. */
    public Optional<Route> lookup(int address) {
        return best(routes, address);
    }

    private static Optional<Route> best(List<Route> candidates, int address) {
        Route best = null;
        for (Route r : candidates) {
            if (r.prefix().contains(address) && (best == null || r.prefix().length() > best.prefix().length()
                    || (r.prefix().length() == best.prefix().length()
                        && r.distance() < best.distance()))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The installed default route, if any (IOS's gateway of last resort). */
    public Optional<Route> defaultRoute() {
        return routes.stream().filter(Route::isDefault).findFirst();
    }
}
