package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpAddress;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.StaticRoute;
import org.iosemu.net.Ipv4Address;

/**
 * Where a router sends a packet: connected subnets of its enabled interfaces, then static routes
 * (resolved through a connected next hop or an exit interface), longest prefix first.
 */
public final class RoutingTable {

    /** The interface a packet leaves by, and that interface's address (the default ping source). */
    public record Egress(InterfaceConfig iface, Ipv4Address interfaceAddress) {}

    private record Route(Ipv4Address network, Ipv4Address mask, InterfaceConfig iface) {
        boolean covers(Ipv4Address a) {
            return a.sameNetwork(network, mask);
        }

        int prefix() {
            return Integer.bitCount(mask.bits());
        }
    }

    private final List<Route> connected = new ArrayList<>();
    private final List<StaticRoute> statics;

    public RoutingTable(RunningConfig config) {
        for (InterfaceConfig i : config.interfaces()) {
            if (i.shutdown()) {
                continue;
            }
            i.address().ifPresent(a -> connected.add(route(a, i)));
            i.secondaries().forEach(a -> connected.add(route(a, i)));
        }
        this.statics = config.system().routes();
    }

    private static Route route(IpAddress a, InterfaceConfig i) {
        Ipv4Address mask = Addresses.net(a.mask());
        return new Route(new Ipv4Address(Addresses.net(a.address()).bits() & mask.bits()), mask, i);
    }

    /** Every address of the enabled interfaces (what the router answers for). */
    public static List<Ipv4Address> ownAddresses(RunningConfig config) {
        List<Ipv4Address> out = new ArrayList<>();
        for (InterfaceConfig i : config.interfaces()) {
            if (!i.shutdown()) {
                i.address().ifPresent(a -> out.add(Addresses.net(a.address())));
                i.secondaries().forEach(a -> out.add(Addresses.net(a.address())));
            }
        }
        return out;
    }

    public Optional<Egress> lookup(Ipv4Address destination) {
        Optional<Route> direct = connectedRoute(destination);
        Optional<StaticRoute> viaStatic = statics.stream()
                .filter(r -> destination.sameNetwork(Addresses.net(r.prefix()), Addresses.net(r.mask())))
                .filter(r -> exitOf(r).isPresent())
                .max((a, b) -> Integer.compare(Integer.bitCount(Addresses.net(a.mask()).bits()),
                        Integer.bitCount(Addresses.net(b.mask()).bits())));
        if (direct.isPresent() && (viaStatic.isEmpty()
                || direct.get().prefix() >= Integer.bitCount(Addresses.net(viaStatic.get().mask()).bits()))) {
            return Optional.of(egress(direct.get().iface()));
        }
        return viaStatic.flatMap(this::exitOf).map(this::egress);
    }

    private Optional<Route> connectedRoute(Ipv4Address destination) {
        return connected.stream().filter(r -> r.covers(destination)).max((a, b) -> Integer.compare(a.prefix(), b.prefix()));
    }

    private Optional<InterfaceConfig> exitOf(StaticRoute r) {
        if (r.exitInterface().isPresent()) {
            return connected.stream().map(Route::iface).filter(i -> i.name().equals(r.exitInterface().get())).findFirst();
        }
        return r.nextHop().flatMap(hop -> connectedRoute(Addresses.net(hop))).map(Route::iface);
    }

    private Egress egress(InterfaceConfig iface) {
        return new Egress(iface, iface.address().map(a -> Addresses.net(a.address())).orElse(Ipv4Address.ANY));
    }
}
