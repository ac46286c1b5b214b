package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.StaticRoute;
import org.iosemu.net.Ipv4Address;
import org.iosemu.routing.Rib;

/** Where a router sends a packet: the interface of the configuration's best route (see {@link Rib}). */
public final class RoutingTable {

    /** The interface a packet leaves by, and that interface's address (the default ping source). */
    public record Egress(InterfaceConfig iface, Ipv4Address interfaceAddress) {}

    private final Rib rib;

    public RoutingTable(RunningConfig config) {
        this(config, List.of());
    }

    /** With the routes reverse route injection adds. */
    public RoutingTable(RunningConfig config, List<StaticRoute> injected) {
        this.rib = Rib.of(config, injected);
    }

    /** With the interfaces' line protocols as the router's runtime sees them, and the router's own virtual ones. */
    RoutingTable(RunningConfig config, List<StaticRoute> injected, org.iosemu.routing.LineProtocol lines,
                 List<InterfaceConfig> virtual) {
        this.rib = Rib.of(config, injected, lines, virtual);
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
        return rib.lookup(destination.bits()).map(route -> egress(route.exit()));
    }

    private static Egress egress(InterfaceConfig iface) {
        return new Egress(iface, iface.address().map(a -> Addresses.net(a.address())).orElse(Ipv4Address.ANY));
    }
}
