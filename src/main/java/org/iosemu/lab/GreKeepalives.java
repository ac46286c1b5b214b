package org.iosemu.lab;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.iosemu.config.InterfaceKeepalive;
import org.iosemu.config.InterfaceName;
import org.iosemu.time.Scheduler;

/**
 * GRE tunnel keepalives (`keepalive PERIOD RETRIES` on a GRE tunnel), as IOS runs them: every PERIOD seconds the
 * router sends its peer a GRE packet that carries a second, empty GRE packet addressed back to itself; the peer
 * unwraps the outer one and routes the inner one home like any packet, so the reply needs no keepalive
 * configuration at the far end, only a tunnel that takes the GRE in. Each send counts one outstanding keepalive;
 * when RETRIES are outstanding at the next period, the line protocol goes down; a reply clears the count and
 * brings it up again. Keepalives go on being sent while the line is down.
 */
final class GreKeepalives {

    /** What a tunnel's keepalive needs from the router: the send, and a new look at the line protocol. */
    interface Port {
        /** Sends one keepalive through {@code tunnel} (nothing if it has no endpoints or route). */
        void send(InterfaceName tunnel);

        /** The keepalive verdict of a tunnel changed. */
        void verdictChanged();
    }

    private final Scheduler scheduler;
    private final Port port;
    private final Map<InterfaceName, Keepalive> running = new HashMap<>();

    GreKeepalives(Scheduler scheduler, Port port) {
        this.scheduler = scheduler;
        this.port = port;
    }

    private final class Keepalive {
        final InterfaceName tunnel;
        final InterfaceKeepalive settings;
        int outstanding;
        boolean alive = true;
        Scheduler.Cancellable timer;

        Keepalive(InterfaceName tunnel, InterfaceKeepalive settings) {
            this.tunnel = tunnel;
            this.settings = settings;
        }

        void start() {
            timer = scheduler.schedule(settings.periodSeconds() * 1000L, this::tick);
        }

        void tick() {
            boolean changed = false;
            synchronized (GreKeepalives.this) {
                if (running.get(tunnel) != this) {
                    return; // reconfigured or stopped meanwhile
                }
                if (outstanding >= settings.retries() && alive) {
                    alive = false;
                    changed = true;
                }
                outstanding++;
                start();
            }
            if (changed) {
                port.verdictChanged();
            }
            port.send(tunnel);
        }
    }

    /**
     * Runs a keepalive for {@code tunnel} with {@code settings} (empty = none): a new or changed setting starts
     * a fresh one, whose first keepalive leaves one period from now.
     */
    synchronized void configure(InterfaceName tunnel, Optional<InterfaceKeepalive> settings) {
        Keepalive current = running.get(tunnel);
        if (settings.isEmpty() || !settings.get().enabled()) {
            stop(tunnel);
            return;
        }
        if (current != null && current.settings.equals(settings.get())) {
            return;
        }
        stop(tunnel);
        Keepalive k = new Keepalive(tunnel, settings.get());
        running.put(tunnel, k);
        k.start();
    }

    /** Stops every keepalive except those of {@code keep}. */
    synchronized void retain(java.util.Collection<InterfaceName> keep) {
        for (InterfaceName name : java.util.List.copyOf(running.keySet())) {
            if (!keep.contains(name)) {
                stop(name);
            }
        }
    }

    private void stop(InterfaceName tunnel) {
        Keepalive k = running.remove(tunnel);
        if (k != null && k.timer != null) {
            k.timer.cancel();
        }
    }

    /** Power cut: nothing runs any more (the configuration starts them again at boot). */
    synchronized void stopAll() {
        retain(java.util.List.of());
    }

    /** False while the tunnel's keepalives go unanswered (true for a tunnel without keepalive). */
    synchronized boolean alive(InterfaceName tunnel) {
        Keepalive k = running.get(tunnel);
        return k == null || k.alive;
    }

    /** A keepalive came back through {@code tunnel}: the peer is there. */
    void replied(InterfaceName tunnel) {
        boolean changed = false;
        synchronized (this) {
            Keepalive k = running.get(tunnel);
            if (k == null) {
                return;
            }
            k.outstanding = 0;
            if (!k.alive) {
                k.alive = true;
                changed = true;
            }
        }
        if (changed) {
            port.verdictChanged();
        }
    }
}
