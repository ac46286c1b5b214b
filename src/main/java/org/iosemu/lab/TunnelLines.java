package org.iosemu.lab;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.iosemu.cli.session.LogBus;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.routing.LineState;

/**
 * The line protocol of each tunnel interface of a running router (what the configuration cannot say: whether the
 * tunnel's IPsec SA is up, whether its destination is reachable). A change is logged as IOS logs it and bumps
 * {@link #version()}, so routes and the interface table are rebuilt.
 */
final class TunnelLines {

    private final Map<InterfaceName, Boolean> up = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    LineState state(InterfaceConfig i) {
        if (i.name().type() != InterfaceType.TUNNEL || i.shutdown()) {
            return LineState.configured(i);
        }
        return new LineState(true, up.getOrDefault(i.name(), false));
    }

    /** Sets a tunnel's line protocol; {@code log} gets the `%LINEPROTO-5-UPDOWN` line when it changed. */
    void set(InterfaceName tunnel, boolean protocolUp, LogBus log) {
        Boolean before = up.put(tunnel, protocolUp);
        if (before == null ? protocolUp : before != protocolUp) {
            version.incrementAndGet();
            log.log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + tunnel + ", changed state to "
                    + (protocolUp ? "up" : "down"));
        }
    }

    /** Forgets a tunnel (deleted, or shut down: its `down` line was logged by the command). */
    void forget(InterfaceName tunnel) {
        if (up.remove(tunnel) != null) {
            version.incrementAndGet();
        }
    }

    /** Power cut: every tunnel is down without a log line (the router is off). */
    void reset() {
        up.clear();
        version.incrementAndGet();
    }

    long version() {
        return version.get();
    }
}
