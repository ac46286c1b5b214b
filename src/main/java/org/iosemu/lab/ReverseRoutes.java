package org.iosemu.lab;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.StaticRoute;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.ProxyIdentity;

/**
 * Reverse route injection (`reverse-route` in a crypto map entry): static routes to the networks behind the
 * peer, via the peer. Plain `reverse-route` adds a route for each remote proxy of an IPsec SA that is up, so
 * the route lives with the tunnel; `reverse-route static` adds them from the access list's permit lines,
 * towards the entry's current peer, whether or not a tunnel is up.
 */
final class ReverseRoutes {

    private ReverseRoutes() {}

    /** Whether any entry asks for it: forwarding checks this per packet before anything costlier. */
    static boolean configured(RunningConfig config) {
        return java.util.stream.Stream.concat(config.crypto().maps().stream(), config.crypto().server().dynamicMaps().stream())
                .flatMap(m -> m.entries().stream()).anyMatch(e -> e.reverseRoute().isPresent());
    }

    /** {@code engineConfig} is what the engine runs: the map entries that are active. */
    static List<StaticRoute> of(RunningConfig config, IkeConfig engineConfig, IkeSnapshot snapshot) {
        Set<StaticRoute> routes = new LinkedHashSet<>();
        for (ChildPolicy entry : engineConfig.cryptoMaps()) {
            Optional<org.iosemu.config.CryptoMapEntry> configured = configEntry(config, entry);
            Optional<Boolean> rri = configured.flatMap(org.iosemu.config.CryptoMapEntry::reverseRoute);
            if (rri.isEmpty()) {
                continue;
            }
            // `reverse-route remote-peer A`: the routes go via A rather than via the peer
            Optional<Ipv4> nextHop = configured.flatMap(org.iosemu.config.CryptoMapEntry::reverseRouteNextHop).map(Ipv4::parse);
            if (rri.get()) {
                currentPeer(snapshot, entry).ifPresent(peer -> entry.proxies().forEach(p -> add(routes, p, nextHop.orElse(peer))));
            } else {
                snapshot.ipsecSas().stream().filter(sa -> sa.mapName().equals(entry.mapName()) && sa.seq() == entry.seq())
                        .forEach(sa -> add(routes, sa.proxy(), nextHop.orElse(sa.peer())));
            }
        }
        return List.copyOf(routes);
    }

    /** The configured entry an engine policy came from: a crypto map entry, or the dynamic map entry. */
    private static Optional<org.iosemu.config.CryptoMapEntry> configEntry(RunningConfig config, ChildPolicy entry) {
        if (entry.origin() instanceof org.iosemu.ike.config.PolicyOrigin.DynamicMap d) {
            return config.crypto().server().dynamicMap(d.dynamicMap()).flatMap(m -> m.entry(d.dynamicSeq()));
        }
        return config.crypto().map(entry.mapName()).stream().flatMap(m -> m.entries().stream())
                .filter(e -> e.seq() == entry.seq()).findFirst();
    }

    private static Optional<Ipv4> currentPeer(IkeSnapshot snapshot, ChildPolicy entry) {
        return snapshot.currentPeers().stream()
                .filter(p -> p.mapName().equals(entry.mapName()) && p.seq() == entry.seq())
                .map(IkeSnapshot.CurrentPeer::peer).findFirst();
    }

    /** A remote proxy of "any" would be a default route; IOS injects networks, so it is left out. */
    private static void add(Set<StaticRoute> routes, ProxyIdentity proxy, Ipv4 peer) {
        if (proxy.dstMask().bits() == 0) {
            return;
        }
        routes.add(new StaticRoute(proxy.dstNet().toString(), proxy.dstMask().toString(), Optional.of(peer.toString()),
                Optional.empty()));
    }
}
