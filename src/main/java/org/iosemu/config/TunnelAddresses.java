package org.iosemu.config;

import java.util.Optional;

/**
 * Where a tunnel interface's packets start and end, as its configuration gives them: the address of its `tunnel
 * source` (an interface's primary address, or an address that one of the router's interfaces holds; none when
 * that interface is shut down or has no address), the interface that holds it, and its `tunnel destination` (an
 * address, or a name from the `ip host` table, whose first address is used; a name the table lacks gives none).
 */
public record TunnelAddresses(Optional<String> source, Optional<InterfaceName> sourceInterface,
                              Optional<String> destination) {

    public static TunnelAddresses of(RunningConfig config, InterfaceConfig tunnel) {
        TunnelConfig t = tunnel.tunnel();
        Optional<InterfaceName> sourceInterface = t.source().flatMap(s -> s.iface()
                .or(() -> s.address().flatMap(a -> owner(config, a))));
        Optional<String> source = t.source().flatMap(s -> s.iface().isPresent()
                ? config.iface(s.iface().get()).filter(i -> !i.shutdown()).flatMap(InterfaceConfig::address)
                        .map(IpAddress::address)
                : sourceInterface.flatMap(config::iface).filter(i -> !i.shutdown()).flatMap(i -> s.address()));
        return new TunnelAddresses(source, sourceInterface, t.destination().flatMap(d -> resolve(config, d)));
    }

    /** An address as it is, a host name through the `ip host` table (the lab has no name server). */
    private static Optional<String> resolve(RunningConfig config, String destination) {
        if (Ipv4.isValid(destination)) {
            return Optional.of(destination);
        }
        return config.system().services().ip().host(destination).map(h -> h.addresses().get(0));
    }

    private static Optional<InterfaceName> owner(RunningConfig config, String address) {
        return config.interfaces().stream()
                .filter(i -> i.address().map(a -> a.address().equals(address)).orElse(false)
                        || i.secondaries().stream().anyMatch(a -> a.address().equals(address)))
                .map(InterfaceConfig::name).findFirst();
    }

    public boolean complete() {
        return source.isPresent() && destination.isPresent();
    }
}
