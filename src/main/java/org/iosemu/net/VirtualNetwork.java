package org.iosemu.net;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
    private long delivered;
    private long dropped;

    public VirtualNetwork(Scheduler scheduler, long latencyMillis) {
        this.scheduler = scheduler;
        this.latencyMillis = latencyMillis;
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
        synchronized (this) {
            if (poweredOff.contains(senderName)) {
                dropped++;
                return;
            }
        }
        scheduler.schedule(latencyMillis, () -> deliver(packet));
    }

    private void deliver(IpPacket packet) {
        NetworkNode target;
        synchronized (this) {
            String owner = ownerByAddress.get(packet.destination());
            target = owner == null || poweredOff.contains(owner) ? null : nodes.get(owner);
            if (target == null) {
                dropped++;
                return;
            }
            delivered++;
        }
        target.receive(packet);
    }

    public synchronized long deliveredCount() {
        return delivered;
    }

    public synchronized long droppedCount() {
        return dropped;
    }
}
