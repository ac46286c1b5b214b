package org.iosemu.lab;

import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.IpsecProfile;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.net.Ipv4Address;

/**
 * Keeps each tunnel interface's line protocol in step with what carries it, and brings a VTI's IPsec SA up without
 * waiting for traffic, as IOS does. A static VTI is up while its IPsec SA is (so DPD taking the SA down takes the
 * tunnel and its routes with it); a GRE tunnel is up while its source has an address and its destination a route
 * that does not lead into a tunnel and, with `keepalive`, while its keepalives come back ({@link GreKeepalives}). A VTI that is down asks for its SA again every {@link #RETRY_MILLIS} (inferred:
 * IOS retries on its own schedule; phase-1 retransmissions run in between), unless its profile is responder-only.
 */
final class TunnelWatch {

    static final long RETRY_MILLIS = 10_000;

    private final Router router;
    private final TunnelLines lines;
    private boolean retryScheduled;
    private GreKeepalives keepalives;

    TunnelWatch(Router router, TunnelLines lines) {
        this.router = router;
        this.lines = lines;
    }

    /** The GRE keepalives of the router's tunnels (made on first use: the router is still being built before). */
    synchronized GreKeepalives keepalives() {
        if (keepalives == null) {
            keepalives = new GreKeepalives(router.time().scheduler(), new GreKeepalives.Port() {
                @Override
                public void send(org.iosemu.config.InterfaceName tunnel) {
                    if (router.powered()) {
                        router.ip().sendGreKeepalive(tunnel);
                    }
                }

                @Override
                public void verdictChanged() {
                    router.time().scheduler().schedule(0, TunnelWatch.this::evaluate);
                }
            });
        }
        return keepalives;
    }

    /** Power cut: the keepalives stop (the startup-config starts them again). */
    void powerOff() {
        keepalives().stopAll();
    }

    /** Whether {@code config} gives this watch anything to do. */
    static boolean relevant(RunningConfig config) {
        return config.interfaces().stream().anyMatch(i -> i.name().type() == InterfaceType.TUNNEL);
    }

    synchronized void evaluate() {
        if (!router.powered()) {
            return;
        }
        RunningConfig config = router.context().config().current();
        List<TunnelEndpoints> tunnels = TunnelEndpoints.all(config);
        lines.retain(tunnels.stream().map(TunnelEndpoints::name).toList());
        GreKeepalives greKeepalives = keepalives();
        greKeepalives.retain(tunnels.stream().filter(t -> !t.tunnel().shutdown() && !t.tunnel().tunnel().vti())
                .map(TunnelEndpoints::name).toList());
        IkeSnapshot snapshot = null;
        boolean retry = false;
        for (TunnelEndpoints t : tunnels) {
            if (t.tunnel().shutdown()) {
                lines.forget(t.name()); // the `shutdown` command logged the change
                continue;
            }
            boolean up;
            if (t.tunnel().tunnel().vti()) {
                if (snapshot == null) {
                    snapshot = router.engine().snapshot();
                }
                String tag = TunnelEndpoints.mapTag(t.name());
                up = t.complete() && snapshot.ipsecSas().stream().anyMatch(sa -> sa.mapName().equals(tag));
                if (!up && t.complete() && initiates(config, t)) {
                    router.engine().initiate(TunnelEndpoints.policyKey(t.name()));
                    retry = true;
                }
            } else {
                greKeepalives.configure(t.name(), t.tunnel().keepalive());
                up = t.complete() && reachable(config, t.destination().get()) && greKeepalives.alive(t.name());
            }
            lines.set(t.name(), up, router.context().logBus());
        }
        if (retry && !retryScheduled) {
            retryScheduled = true;
            router.time().scheduler().schedule(RETRY_MILLIS, () -> {
                synchronized (this) {
                    retryScheduled = false;
                }
                evaluate();
            });
        }
    }

    private static boolean initiates(RunningConfig config, TunnelEndpoints t) {
        Optional<IpsecProfile> profile = t.tunnel().tunnel().protection()
                .flatMap(p -> config.crypto().profiles().ipsecProfile(p.profile()));
        return profile.isPresent() && !profile.get().responderOnly();
    }

    private boolean reachable(RunningConfig config, Ipv4Address destination) {
        return router.ip().routes(config).lookup(destination)
                .filter(e -> e.iface().name().type() != InterfaceType.TUNNEL).isPresent();
    }
}
