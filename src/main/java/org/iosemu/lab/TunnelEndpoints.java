package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.TunnelConfig;
import org.iosemu.net.Ipv4Address;

/**
 * Where a tunnel interface's packets start and end: the address of its `tunnel source` (an interface's primary
 * address, or an address that one of the router's interfaces holds) and its `tunnel destination` (an address, or a
 * name from the `ip host` table; a name it lacks leaves the tunnel without a destination). A source
 * interface that is shut down or has no address leaves the tunnel without a source.
 */
record TunnelEndpoints(InterfaceConfig tunnel, Optional<Ipv4Address> source, Optional<InterfaceName> sourceInterface,
                       Optional<Ipv4Address> destination) {

    /** The crypto map IOS builds for a protected tunnel: `Tunnel0-head-0`. */
    static String mapTag(InterfaceName tunnel) {
        return tunnel.canonical() + "-head-0";
    }

    /** The policy key of the tunnel's protection (see {@code PolicyOrigin.TunnelInterface}). */
    static String policyKey(InterfaceName tunnel) {
        return "tunnel " + tunnel.canonical();
    }

    static TunnelEndpoints of(RunningConfig config, InterfaceConfig tunnel) {
        TunnelConfig t = tunnel.tunnel();
        Optional<InterfaceName> sourceInterface = t.source().flatMap(s -> s.iface()
                .or(() -> s.address().flatMap(a -> owner(config, a))));
        Optional<Ipv4Address> source = t.source().flatMap(s -> s.iface().isPresent()
                ? config.iface(s.iface().get()).filter(i -> !i.shutdown()).flatMap(InterfaceConfig::address)
                        .map(a -> Addresses.net(a.address()))
                : sourceInterface.flatMap(config::iface).filter(i -> !i.shutdown()).flatMap(i -> s.address())
                        .map(Addresses::net));
        return new TunnelEndpoints(tunnel, source, sourceInterface, t.destination().flatMap(d -> resolve(config, d)));
    }

    /** An address as it is, a host name through the `ip host` table (the lab has no name server). */
    private static Optional<Ipv4Address> resolve(RunningConfig config, String destination) {
        if (org.iosemu.config.Ipv4.isValid(destination)) {
            return Optional.of(Addresses.net(destination));
        }
        return config.system().services().ip().host(destination).map(h -> Addresses.net(h.addresses().get(0)));
    }

    /** Every tunnel interface of the configuration with its endpoints. */
    static List<TunnelEndpoints> all(RunningConfig config) {
        List<TunnelEndpoints> out = new ArrayList<>();
        for (InterfaceConfig i : config.interfaces()) {
            if (i.name().type() == InterfaceType.TUNNEL) {
                out.add(of(config, i));
            }
        }
        return out;
    }

    private static Optional<InterfaceName> owner(RunningConfig config, String address) {
        return config.interfaces().stream()
                .filter(i -> i.address().map(a -> a.address().equals(address)).orElse(false)
                        || i.secondaries().stream().anyMatch(a -> a.address().equals(address)))
                .map(InterfaceConfig::name).findFirst();
    }

    boolean complete() {
        return source.isPresent() && destination.isPresent();
    }

    InterfaceName name() {
        return tunnel.name();
    }
}
