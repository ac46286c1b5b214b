package org.iosemu.ike.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.Endpoint;
import org.iosemu.net.SourceNat;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.config.Ipv4;

/**
 * Connects engines by IPv4 address on a virtual scheduler. Datagrams are delivered after a fixed latency
 * (0 by default, still asynchronous); addresses can be cut off to simulate a dead peer.
 */
public final class InMemoryNetwork {
    /** One datagram as it was sent. */
    public record Datagram(long time, Endpoint from, Endpoint to, byte[] payload) {
    }

    private final VirtualScheduler scheduler;
    private final long latencyMillis;
    /** Whatever consumes datagrams for an address (normally {@link IkeEngine#onDatagram}). */
    @FunctionalInterface
    public interface Receiver {
        void onDatagram(Endpoint local, Endpoint remote, byte[] payload);
    }

    private final Map<Ipv4, Receiver> engines = new HashMap<>();
    private final Set<Ipv4> down = new HashSet<>();
    private final List<Datagram> log = new ArrayList<>();
    private Predicate<Datagram> dropFilter = d -> false;
    private final List<Datagram> keepalives = new ArrayList<>();
    private final List<Datagram> delivered = new ArrayList<>();
    private final SourceNat nat = new SourceNat();

    public InMemoryNetwork(VirtualScheduler scheduler, long latencyMillis) {
        this.scheduler = scheduler;
        this.latencyMillis = latencyMillis;
    }

    /** The datagram port for the engine owning {@code address}. */
    public DatagramPort portFor(Ipv4 address) {
        return new DatagramPort() {
            @Override
            public void send(Endpoint local, Endpoint remote, byte[] payload) {
                Datagram d = new Datagram(scheduler.now(), local, remote, payload.clone());
                log.add(d);
                if (down.contains(local.ip()) || dropFilter.test(d)) {
                    return;
                }
                Endpoint from = nat.outbound(local);
                scheduler.schedule(latencyMillis, () -> {
                    Endpoint to = nat.inbound(remote);
                    Receiver target = engines.get(to.ip());
                    if (target != null && !down.contains(to.ip())) {
                        delivered.add(new Datagram(scheduler.now(), from, to, d.payload()));
                        target.onDatagram(to, from, d.payload());
                    }
                });
            }

            @Override
            public void sendNatKeepalive(Endpoint local, Endpoint remote) {
                keepalives.add(new Datagram(scheduler.now(), local, remote, new byte[] {(byte) 0xff}));
            }
        };
    }

    /**
     * Puts {@code inside} behind a source NAT with public address {@code outside}: its datagrams leave from
     * {@code outside} and a port chosen by the NAT per inside port, and replies to that port come back.
     */
    public void addNat(Ipv4 inside, Ipv4 outside) {
        nat.add(inside, outside);
    }

    /** NAT keepalives (0xFF datagrams) sent so far; they are not delivered (receivers discard them). */
    public List<Datagram> natKeepalives() {
        return keepalives;
    }

    public void attach(Ipv4 address, IkeEngine engine) {
        engines.put(address, engine::onDatagram);
    }

    public void attach(Ipv4 address, Receiver receiver) {
        engines.put(address, receiver);
    }

    /** Cuts an address off: nothing it sends or should receive is delivered. */
    public void setDown(Ipv4 address, boolean isDown) {
        if (isDown) {
            down.add(address);
        } else {
            down.remove(address);
        }
    }

    public void setDropFilter(Predicate<Datagram> filter) {
        this.dropFilter = filter;
    }

    public List<Datagram> sent() {
        return log;
    }

    /** Datagrams as their receivers got them (after any NAT), in delivery order. */
    public List<Datagram> delivered() {
        return delivered;
    }
}
