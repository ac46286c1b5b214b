package org.iosemu.net;

import java.util.List;
import java.util.Random;
import org.iosemu.time.Scheduler;

/**
 * One lab link between two nodes: its properties (changeable at run time), and for each direction a
 * transmitter that serializes packets at the link's rate, queues the ones that find it busy (tail drop when
 * the queue is full), loses some at random (seeded, so a replay loses the same ones) or on request
 * ({@link #dropNext}), and hands the survivors over after the delay.
 */
public final class Link {

    private final String a;
    private final String b;
    private final Scheduler scheduler;
    private final Sink deliver;
    private final Random random;
    private final Direction aToB = new Direction();
    private final Direction bToA = new Direction();
    private LinkProperties properties;
    private int dropNext;
    /** Identification of the fragments of packets the link cuts (it stands for the routers on the path). */
    private int nextIdentification = 0x8000;
    /** The path's routers answer at most one "fragmentation needed" per 500 ms (IOS's default unreachable rate limit). */
    static final long UNREACHABLE_INTERVAL_MILLIS = 500;

    Link(String a, String b, LinkProperties properties, long seed, Scheduler scheduler, Sink deliver) {
        this.a = a;
        this.b = b;
        this.properties = properties;
        this.scheduler = scheduler;
        this.deliver = deliver;
        this.random = new Random(seed);
    }

    /** Where the packets that leave the link go: to their receiver, or lost (with the reason, for observers). */
    interface Sink {
        /** {@code packet} crossed, as {@code pieces} (itself, or the fragments the link cut it into). */
        void arrived(IpPacket packet, List<IpPacket> pieces);

        void lost(IpPacket packet, String reason);

        /** {@code packet} had DF set and did not fit the link's {@code mtu}: the path answers "fragmentation needed". */
        void tooBig(IpPacket packet, int mtu);
    }

    /** The two ends in name order. */
    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    public synchronized LinkProperties properties() {
        return properties;
    }

    synchronized void setProperties(LinkProperties properties) {
        this.properties = properties;
    }

    /** The next {@code count} packets that reach the end of the link (either way) are lost. */
    synchronized void dropNext(int count) {
        dropNext = count;
    }

    public synchronized int pendingDrops() {
        return dropNext;
    }

    /** What happened to the packets sent from {@code from} over this link. */
    public synchronized Statistics statistics(String from) {
        Direction d = from.equals(a) ? aToB : bToA;
        return new Statistics(d.sent, d.lost, d.tailDrops, d.queue.depth(), d.fragmented);
    }

    /** Counts of one direction; {@code queued} is the depth right now. */
    public record Statistics(long sent, long lost, long tailDrops, int queued, long fragmented) {}

    void send(String from, IpPacket packet, Egress egress) {
        synchronized (this) {
            Direction d = from.equals(a) ? aToB : bToA;
            d.sent++;
            if (packet.dontFragment() && Fragmentation.tooBig(packet, properties.mtu())) {
                d.lost++;
                int mtu = properties.mtu();
                long now = scheduler.nowMillis();
                if (d.lastTooBigAnswer == Long.MIN_VALUE || now - d.lastTooBigAnswer >= UNREACHABLE_INTERVAL_MILLIS) {
                    d.lastTooBigAnswer = now;
                    scheduler.schedule(0, () -> deliver.tooBig(packet, mtu)); // outside this lock
                } else {
                    scheduler.schedule(0, () -> deliver.lost(packet, "too big for the link (MTU " + mtu + ") with DF set"));
                }
                return;
            }
            int fragments = properties.fragments(packet.length());
            if (fragments > 1) {
                d.fragmented++;
            }
            OutputQueue.Queued queued = new OutputQueue.Queued(packet, packet.length() + 20 * (fragments - 1),
                    egress.trafficClass(), egress.listener());
            if (properties.unlimited()) {
                egress.listener().transmitted(queued.wireBytes());
                leaveWire(d, packet, fragments);
                return;
            }
            d.useQueueOf(egress.policy(), properties.bandwidthKbps());
            if (!d.transmitting) {
                start(d, queued, Math.max(micros(), d.busyUntilMicros));
            } else if (!d.queue.offer(queued)) {
                d.tailDrops++;
                egress.listener().dropped(queued.wireBytes());
                String reason = "tail drop on the link " + from + " -> " + (from.equals(a) ? b : a);
                scheduler.schedule(0, () -> deliver.lost(packet, reason)); // outside this lock
            }
        }
    }

    /** Puts {@code q} on the wire from {@code startMicros}; when it is out, the next waiting packet follows at once. */
    private void start(Direction d, OutputQueue.Queued q, long startMicros) {
        d.transmitting = true;
        d.busyUntilMicros = startMicros + properties.serializationMicros(q.wireBytes());
        q.listener().transmitted(q.wireBytes());
        long doneAtMillis = (d.busyUntilMicros + 500) / 1000; // the lab clock ticks in ms: the nearest one
        scheduler.schedule(Math.max(0, doneAtMillis - scheduler.nowMillis()), () -> finished(d, q));
    }

    private synchronized void finished(Direction d, OutputQueue.Queued q) {
        d.transmitting = false;
        leaveWire(d, q.packet(), properties.fragments(q.packet().length()));
        OutputQueue.Queued next = d.queue.poll();
        if (next != null) {
            start(d, next, d.busyUntilMicros);
        }
    }

    /** The packet has been sent: it arrives after the delay unless one of its fragments is lost on the way. */
    private void leaveWire(Direction d, IpPacket packet, int fragments) {
        if (lost(fragments)) {
            d.lost++;
            scheduler.schedule(0, () -> deliver.lost(packet, "lost on the link")); // outside this lock
            return;
        }
        List<IpPacket> pieces = Fragmentation.split(packet, properties.mtu(), nextIdentification++);
        scheduler.schedule(properties.delayMillis(), () -> deliver.arrived(packet, pieces));
    }

    private boolean lost(int fragments) {
        if (dropNext > 0) {
            dropNext--;
            return true;
        }
        boolean lost = false;
        if (properties.lossPercent() > 0) {
            for (int i = 0; i < fragments; i++) {
                lost |= random.nextInt(100) < properties.lossPercent(); // one draw per fragment, so replays repeat
            }
        }
        return lost;
    }

    private long micros() {
        return scheduler.nowMillis() * 1000;
    }

    /** One direction's transmitter. */
    private static final class Direction {
        OutputQueue queue = Egress.FIFO.policy().newQueue(0);
        QueuePolicy policy = Egress.FIFO.policy();
        long queueKbps;
        boolean transmitting;
        long busyUntilMicros;
        long sent;
        long lost;
        long tailDrops;
        long fragmented;
        long lastTooBigAnswer = Long.MIN_VALUE;

        /** A packet under another policy (the sender's `service-policy` changed) starts a new queue once this one is empty. */
        void useQueueOf(QueuePolicy wanted, long linkKbps) {
            if ((wanted != policy || linkKbps != queueKbps) && queue.depth() == 0) {
                policy = wanted;
                queueKbps = linkKbps;
                queue = wanted.newQueue(linkKbps);
            }
        }
    }
}
