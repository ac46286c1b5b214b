package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.iosemu.routing.Prefix;
import org.iosemu.routing.Rib;
import org.iosemu.routing.Route;

/**
 * `show ip route` in the IOS 15.1 layout: the codes legend, the gateway of last resort, then the routes by
 * classful network. A network with subnets gets a header ("is subnetted" when all share one mask, the lines
 * then without the length; "is variably subnetted" otherwise) and its routes indented under it; a route
 * that is a whole classful network, or a supernet such as the default, stands alone. Further routes to
 * one prefix (equal-cost statics) continue under the first, aligned at its bracket.
 */
final class RouteTableText {

    private static final List<String> LEGEND = List.of(
            "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP",
            "       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area ", // IOS's trailing space
            "       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2",
            "       E1 - OSPF external type 1, E2 - OSPF external type 2",
            "       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2",
            "       ia - IS-IS inter area, * - candidate default, U - per-user static route",
            "       o - ODR, P - periodic downloaded static route, + - replicated route");
    private static final int TOP_LEVEL = 6;
    private static final int SUBNET_LEVEL = 9;

    private RouteTableText() {}

    static List<String> render(Rib rib) {
        return render(rib, r -> true);
    }

    /**
     * Only the routes {@code shown} accepts (`show ip route static|connected`); the network headers still
     * count every subnet in the table, as IOS's do.
     */
    static List<String> render(Rib rib, Predicate<Route> shown) {
        List<String> out = new ArrayList<>(LEGEND);
        out.add("");
        out.add(gateway(rib.defaultRoute()));
        out.add("");
        for (List<Route> block : blocks(rib.routes())) {
            if (block.stream().anyMatch(shown)) {
                renderBlock(block, shown, out);
            }
        }
        return out;
    }

    /**
     * `show ip route A.B.C.D [MASK]`: the entry of the longest match for the address (the default route only
     * when asked for 0.0.0.0 itself), or of exactly that prefix; IOS's `% Subnet not in table` when the address's
     * classful network has other subnets in the table, else `% Network not in table`.
     */
    static List<String> entry(Rib rib, int address, Optional<Integer> length) {
        Prefix asked = new Prefix(address, length.orElse(32));
        List<Route> found = length.isPresent()
                ? rib.routes().stream().filter(r -> r.prefix().equals(asked)).toList()
                : longestMatch(rib.routes(), address);
        if (found.isEmpty()) {
            Prefix classful = asked.classful();
            boolean subnetted = rib.routes().stream().anyMatch(r -> r.prefix().length() >= classful.length()
                    && r.prefix().classful().equals(classful));
            return List.of(subnetted ? "% Subnet not in table" : "% Network not in table");
        }
        Route first = found.get(0);
        List<String> out = new ArrayList<>();
        boolean supernet = first.prefix().length() < first.prefix().classful().length();
        out.add("Routing entry for " + first.prefix() + (supernet ? ", supernet" : ""));
        String source = first.source() == Route.Source.STATIC ? "static" : "connected";
        String attached = first.source() == Route.Source.CONNECTED ? " (connected, via interface)"
                : first.nextHop().isEmpty() ? " (connected)" : "";
        out.add("  Known via \"" + source + "\", distance " + first.distance() + ", metric 0" + attached
                + (first.isDefault() ? ", candidate default path" : ""));
        out.add("  Routing Descriptor Blocks:");
        boolean current = true;   // IOS stars the path the next packet takes; the first, here
        for (Route r : found) {
            String exit = r.exit().name().canonical();
            String path = r.nextHop().map(hop -> Prefix.dotted(hop) + (r.exitNamed() ? ", via " + exit : ""))
                    .orElse("directly connected, via " + exit);
            out.add((current ? "  * " : "    ") + path);
            out.add("      Route metric is 0, traffic share count is 1");
            current = false;
        }
        return out;
    }

    /** The routes of the longest prefix holding the address; the default route only for 0.0.0.0 itself. */
    private static List<Route> longestMatch(List<Route> routes, int address) {
        Predicate<Route> candidate = r -> r.prefix().contains(address) && (!r.isDefault() || address == 0);
        int longest = routes.stream().filter(candidate).mapToInt(r -> r.prefix().length()).max().orElse(-1);
        return routes.stream().filter(candidate.and(r -> r.prefix().length() == longest)).toList();
    }

    private static String gateway(Optional<Route> defaultRoute) {
        return defaultRoute.map(r -> "Gateway of last resort is " + r.nextHop().map(Prefix::dotted).orElse("0.0.0.0")
                + " to network 0.0.0.0").orElse("Gateway of last resort is not set");
    }

    /** Routes in display order, cut into classful networks; a supernet is a block of its own. */
    private static List<List<Route>> blocks(List<Route> routes) {
        Map<Object, List<Route>> byBlock = new LinkedHashMap<>();
        for (Route r : routes) {
            Prefix classful = r.prefix().classful();
            Object key = r.prefix().length() < classful.length() ? r.prefix() : classful;
            byBlock.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return List.copyOf(byBlock.values());
    }

    private static void renderBlock(List<Route> block, Predicate<Route> shown, List<String> out) {
        Prefix first = block.get(0).prefix();
        Prefix classful = first.classful();
        long subnets = block.stream().map(Route::prefix).distinct().count();
        List<Integer> masks = block.stream().map(r -> r.prefix().length()).distinct().toList();
        if (subnets == 1 && first.length() <= classful.length()) {
            routeLines(block, shown, TOP_LEVEL, true, out);
        } else if (masks.size() == 1) {
            out.add(" ".repeat(TOP_LEVEL) + classful.address() + "/" + masks.get(0) + " is subnetted, " + subnets + " subnets");
            routeLines(block, shown, SUBNET_LEVEL, false, out);
        } else {
            out.add(" ".repeat(TOP_LEVEL) + classful + " is variably subnetted, " + subnets + " subnets, "
                    + masks.size() + " masks");
            routeLines(block, shown, SUBNET_LEVEL, true, out);
        }
    }

    private static void routeLines(List<Route> routes, Predicate<Route> shown, int indent, boolean withLength,
                                   List<String> out) {
        Prefix previous = null;
        int continuation = 0;
        for (Route r : routes) {
            if (!shown.test(r)) {
                continue;
            }
            if (r.prefix().equals(previous)) {
                out.add(" ".repeat(continuation) + reach(r));
                continue;
            }
            String code = r.source().code() + (r.isDefault() ? "*" : "");
            String destination = withLength ? r.prefix().toString() : r.prefix().address();
            out.add(code + " ".repeat(indent - code.length()) + destination + " " + reach(r));
            previous = r.prefix();
            continuation = indent + destination.length() + 1;
        }
    }

    private static String reach(Route r) {
        // a static through an interface with a named hop shows both: `via 10.1.32.1, FastEthernet0`
        String exit = r.exit().name().canonical();
        return r.nextHop().map(hop -> "[" + r.distance() + "/0] via " + Prefix.dotted(hop)
                        + (r.exitNamed() ? ", " + exit : ""))
                .orElseGet(() -> "is directly connected, " + exit);
    }
}
