package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.TunnelAddresses;
import org.iosemu.net.Ipv4Address;

/**
 * Where a tunnel interface's packets start and end ({@link TunnelAddresses}), as the lab's addresses.
 */
record TunnelEndpoints(InterfaceConfig tunnel, Optional<Ipv4Address> source, Optional<InterfaceName> sourceInterface,
                       Optional<Ipv4Address> destination) {

    /** The crypto map IOS builds for a protected tunnel: `Tunnel0-head-0`. */
    static String mapTag(InterfaceName tunnel) {
        return org.iosemu.config.TunnelConfig.Protection.mapTag(tunnel);
    }

    /** The policy key of the tunnel's protection (see {@code PolicyOrigin.TunnelInterface}). */
    static String policyKey(InterfaceName tunnel) {
        return "tunnel " + tunnel.canonical();
    }

    static TunnelEndpoints of(RunningConfig config, InterfaceConfig tunnel) {
        TunnelAddresses a = TunnelAddresses.of(config, tunnel);
        return new TunnelEndpoints(tunnel, a.source().map(Addresses::net), a.sourceInterface(),
                a.destination().map(Addresses::net));
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

    boolean complete() {
        return source.isPresent() && destination.isPresent();
    }

    InterfaceName name() {
        return tunnel.name();
    }
}
