package org.iosemu.net;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.time.Scheduler;

/**
 * The lab's shared IP cloud: every attached address belongs to one node, and a packet sent to an address
 * arrives at its owner after a fixed latency on the lab clock. A node that is powered off neither sends
 * nor receives (packets to it vanish, like a dead router behind a real WAN).
 */
public final class VirtualNetwork {

    private final Scheduler scheduler;
    private final long latencyMillis;
    private final Map<Ipv4Address, String> ownerByAddress = new HashMap<>();
    private final Map<String, NetworkNode> nodes = new HashMap<>();
    private final Set<String> poweredOff = new HashSet<>();
    private final SourceNat nat = new SourceNat();
    private long delivered;
    private long dropped;
    private long nextPacketId;
    private volatile NetworkObserver observer = NetworkObserver.NONE;

    public VirtualNetwork(Scheduler scheduler, long latencyMillis) {
        this.scheduler = scheduler;
        this.latencyMillis = latencyMillis;
    }

    /** From now on {@code observer} sees every packet sent, and whether it arrived. */
    public void observe(NetworkObserver observer) {
        this.observer = observer;
    }

    public synchronized void attach(String nodeName, NetworkNode node) {
        nodes.put(nodeName, node);
    }

    /** Claims {@code address} for {@code nodeName}; a later claim by another node wins (as a moved address). */
    public synchronized void assign(Ipv4Address address, String nodeName) {
        ownerByAddress.put(address, nodeName);
    }

    public synchronized void release(Ipv4Address address, String nodeName) {
        ownerByAddress.remove(address, nodeName);
    }

    /** Forgets every address of {@code nodeName} (its interfaces were reconfigured). */
    public synchronized void releaseAll(String nodeName) {
        ownerByAddress.values().removeIf(nodeName::equals);
    }

    /**
     * Puts the node owning {@code inside} behind a source NAT: its UDP leaves from {@code outside} and a port
     * the NAT picks, and UDP to that public port reaches it. Other protocols pass untranslated.
     */
    public synchronized void addNat(Ipv4Address inside, Ipv4Address outside) {
        nat.add(new Ipv4(inside.bits()), new Ipv4(outside.bits()));
    }

    public synchronized void setPowered(String nodeName, boolean on) {
        if (on) {
            poweredOff.remove(nodeName);
        } else {
            poweredOff.add(nodeName);
        }
    }

    public synchronized boolean isPowered(String nodeName) {
        return !poweredOff.contains(nodeName);
    }

    /** The node owning {@code address}, or null. */
    public synchronized String ownerOf(Ipv4Address address) {
        return ownerByAddress.get(address);
    }

    /** Sends {@code packet} from {@code senderName}; it is delivered after the latency if its owner is up. */
    public void send(String senderName, IpPacket packet) {
        long id;
        boolean senderOff;
        synchronized (this) {
            id = nextPacketId++;
            senderOff = poweredOff.contains(senderName);
            if (senderOff) {
                dropped++;
            }
        }
        NetworkObserver watching = observer;
        if (senderOff) {
            watching.sent(id, senderName, ownerOf(packet.destination()), packet, scheduler.nowMillis());
            watching.lost(id, senderName + " is powered off", scheduler.nowMillis());
            return;
        }
        IpPacket translated = translate(packet, true);
        if (watching != NetworkObserver.NONE) {
            watching.sent(id, senderName, ownerOf(translate(translated, false).destination()), translated, scheduler.nowMillis());
        }
        scheduler.schedule(latencyMillis, () -> deliver(id, translated));
    }

    /** The packet after the NAT: source rewritten leaving an inside node, destination arriving at a public port. */
    private synchronized IpPacket translate(IpPacket p, boolean leaving) {
        if (p.protocol() != IpPacket.UDP) {
            return p;
        }
        if (leaving) {
            Endpoint from = nat.outbound(new Endpoint(new Ipv4(p.source().bits()), p.sourcePort()));
            return IpPacket.udp(new Ipv4Address(from.ip().bits()), from.port(), p.destination(), p.destinationPort(), p.payload());
        }
        Endpoint to = nat.inbound(new Endpoint(new Ipv4(p.destination().bits()), p.destinationPort()));
        return IpPacket.udp(p.source(), p.sourcePort(), new Ipv4Address(to.ip().bits()), to.port(), p.payload());
    }

    private void deliver(long id, IpPacket sent) {
        NetworkNode target;
        IpPacket packet = translate(sent, false);
        String lostBecause = null;
        synchronized (this) {
            String owner = ownerByAddress.get(packet.destination());
            target = owner == null || poweredOff.contains(owner) ? null : nodes.get(owner);
            if (target == null) {
                dropped++;
                lostBecause = owner == null ? "nobody has " + packet.destination() : owner + " is powered off";
            } else {
                delivered++;
            }
        }
        if (target == null) {
            observer.lost(id, lostBecause, scheduler.nowMillis());
            return;
        }
        observer.arrived(id, scheduler.nowMillis());
        target.receive(packet);
    }

    public synchronized long deliveredCount() {
        return delivered;
    }

    public synchronized long droppedCount() {
        return dropped;
    }
}
