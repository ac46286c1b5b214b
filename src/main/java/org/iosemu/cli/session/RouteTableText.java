package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<String> out = new ArrayList<>(LEGEND);
        out.add("");
        out.add(gateway(rib.defaultRoute()));
        out.add("");
        for (List<Route> block : blocks(rib.routes())) {
            renderBlock(block, out);
        }
        return out;
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

    private static void renderBlock(List<Route> block, List<String> out) {
        Prefix first = block.get(0).prefix();
        Prefix classful = first.classful();
        long subnets = block.stream().map(Route::prefix).distinct().count();
        List<Integer> masks = block.stream().map(r -> r.prefix().length()).distinct().toList();
        if (subnets == 1 && first.length() <= classful.length()) {
            routeLines(block, TOP_LEVEL, true, out);
        } else if (masks.size() == 1) {
            out.add(" ".repeat(TOP_LEVEL) + classful.address() + "/" + masks.get(0) + " is subnetted, " + subnets + " subnets");
            routeLines(block, SUBNET_LEVEL, false, out);
        } else {
            out.add(" ".repeat(TOP_LEVEL) + classful + " is variably subnetted, " + subnets + " subnets, "
                    + masks.size() + " masks");
            routeLines(block, SUBNET_LEVEL, true, out);
        }
    }

    private static void routeLines(List<Route> routes, int indent, boolean withLength, List<String> out) {
        Prefix previous = null;
        int continuation = 0;
        for (Route r : routes) {
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
        return r.nextHop().map(hop -> "[" + r.source().distance() + "/0] via " + Prefix.dotted(hop))
                .orElseGet(() -> "is directly connected, " + r.exit().name().canonical());
    }
}
