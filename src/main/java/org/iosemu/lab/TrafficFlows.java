package org.iosemu.lab;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.time.Scheduler;

/**
 * The lab's traffic generator (`lab traffic add|del|show`): each flow sends UDP datagrams of a fixed size at a
 * constant rate from a router's address to UDP port 9 (discard) of another address, marked with a DSCP; the
 * router owning the destination hands them here instead of answering, and each flow counts what arrived and
 * how late, so congestion, queueing and LLQ become visible.
 */
final class TrafficFlows {

    /** UDP discard: where generated datagrams go. */
    static final int PORT = 9;
    private static final int HEADER = 16; // flow id + sequence, then the send time

    private final Lab lab;
    private final Map<String, Flow> flows = new TreeMap<>();
    private int nextId = 1;

    TrafficFlows(Lab lab) {
        this.lab = lab;
    }

    private final class Flow {
        final String name;
        final int id;
        final Ipv4Address source;
        final Ipv4Address destination;
        final long kbps;
        final int size;
        final int dscp;
        final long startedAt;
        long sent;
        long received;
        long receivedBytes;
        long delaySum;
        long delayMax;
        long sequence;
        long dueMicros;
        Scheduler.Cancellable timer;

        Flow(String name, int id, Ipv4Address source, Ipv4Address destination, long kbps, int size, int dscp, long now) {
            this.name = name;
            this.id = id;
            this.source = source;
            this.destination = destination;
            this.kbps = kbps;
            this.size = size;
            this.dscp = dscp;
            this.startedAt = now;
            this.dueMicros = now * 1000;
        }

        /** Sends every datagram due by now, then sleeps until the next one. */
        void tick() {
            long now = lab.time().now();
            long interval = size * 8L * 1000 / kbps; // microseconds between datagrams
            while (dueMicros <= now * 1000) {
                send(now);
                dueMicros += Math.max(1, interval);
            }
            timer = lab.time().scheduler().schedule((dueMicros + 999) / 1000 - now, this::tick);
        }

        private void send(long now) {
            Optional<Router> from = lab.owner(source);
            if (from.isEmpty()) {
                return;
            }
            byte[] payload = new byte[Math.max(HEADER, size - 28)];
            ByteBuffer.wrap(payload).putInt(id).putInt((int) sequence++).putLong(now);
            sent++;
            from.get().ip().send(IpPacket.udp(source, 50000 + id, destination, PORT, payload).withTos(dscp << 2));
        }
    }

    void add(String name, Ipv4Address source, Ipv4Address destination, long kbps, int size, int dscp, CliOutput out) {
        if (lab.owner(source).isEmpty()) {
            out.print("% Lab: no router owns " + source + "\n");
            return;
        }
        delete(name);
        Flow f = new Flow(name, nextId++, source, destination, kbps, size, dscp, lab.time().now());
        synchronized (this) {
            flows.put(name, f);
        }
        f.tick();
    }

    void delete(String name) {
        Flow f;
        synchronized (this) {
            f = flows.remove(name);
        }
        if (f != null && f.timer != null) {
            f.timer.cancel();
        }
    }

    /** A generated datagram reached the router that owns its destination. */
    synchronized void arrived(IpPacket packet, long now) {
        if (packet.payload().length < HEADER) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(packet.payload());
        int id = b.getInt();
        b.getInt();
        long sentAt = b.getLong();
        for (Flow f : flows.values()) {
            if (f.id == id) {
                f.received++;
                f.receivedBytes += packet.length();
                long delay = now - sentAt;
                f.delaySum += delay;
                f.delayMax = Math.max(f.delayMax, delay);
            }
        }
    }

    synchronized void show(CliOutput out) {
        String format = "%-10s%-16s%-16s%-5s%-8s%-10s%-8s%-8s%-7s%s";
        out.print(String.format(format, "Flow", "Source", "Destination", "DSCP", "Kbit/s", "Delivered", "Sent",
                "Recv", "Loss", "Delay avg/max ms").stripTrailing() + "\n");
        long now = lab.time().now();
        for (Flow f : flows.values()) {
            long elapsed = Math.max(1, now - f.startedAt);
            long delivered = f.receivedBytes * 8 / elapsed; // kbit/s: bits per millisecond
            long lost = f.sent == 0 ? 0 : (f.sent - f.received) * 100 / f.sent;
            String delay = f.received == 0 ? "-" : (f.delaySum / f.received) + "/" + f.delayMax;
            out.print(String.format(format, f.name, f.source, f.destination, f.dscp, f.kbps, delivered, f.sent,
                    f.received, lost + "%", delay) + "\n");
        }
    }
}
