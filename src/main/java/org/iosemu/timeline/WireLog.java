package org.iosemu.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.capture.CapturedPacket;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.IpPacket;
import org.iosemu.net.NetworkObserver;

/**
 * The lab's flight recorder for `lab timeline`: the IKE and ESP packets the lab network carries (other traffic is
 * not kept) and what the routers report about them. Bounded: past {@code capacity} packets (and as many notes and
 * informational reports) the oldest go, so a lab that runs for days keeps its last stretch. Thread-safe.
 */
public final class WireLog implements NetworkObserver {

    /** Enough for an hour of a small lab's DPD and pings; a record is about 100 bytes plus the packet. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final ArrayDeque<Entry> packets = new ArrayDeque<>();
    private final Map<Long, Entry> inFlight = new HashMap<>();
    private final ArrayDeque<SentInformational> informationals = new ArrayDeque<>();
    private final ArrayDeque<Note> notes = new ArrayDeque<>();
    private long order;

    public WireLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    public WireLog() {
        this(DEFAULT_CAPACITY);
    }

    /** A packet still being written to: its fate comes later. */
    private static final class Entry {
        final long networkId;
        final long order;
        final String sender;
        final String receiver;
        final CapturedPacket packet;
        long arrivedAt = -1;
        String lostReason;

        Entry(long networkId, long order, String sender, String receiver, CapturedPacket packet) {
            this.networkId = networkId;
            this.order = order;
            this.sender = sender;
            this.receiver = receiver;
            this.packet = packet;
        }

        RecordedPacket freeze() {
            return new RecordedPacket(order, sender, receiver, packet, arrivedAt, lostReason);
        }
    }

    @Override
    public void sent(long id, String sender, String receiver, IpPacket p, long timeMillis) {
        if (!isIkeOrEsp(p)) {
            return;
        }
        CapturedPacket captured = new CapturedPacket(timeMillis, "", false, new Ipv4(p.source().bits()),
                new Ipv4(p.destination().bits()), p.protocol(), p.sourcePort(), p.destinationPort(), p.payload());
        synchronized (this) {
            Entry e = new Entry(id, order++, sender, receiver, captured);
            packets.addLast(e);
            inFlight.put(id, e);
            while (packets.size() > capacity) {
                inFlight.remove(packets.removeFirst().networkId);
            }
        }
    }

    private static boolean isIkeOrEsp(IpPacket p) {
        if (p.protocol() == IpPacket.ESP) {
            return true;
        }
        return p.protocol() == IpPacket.UDP && (isIkePort(p.sourcePort()) || isIkePort(p.destinationPort()));
    }

    private static boolean isIkePort(int port) {
        return port == Endpoint.IKE_PORT || port == Endpoint.NAT_T_PORT;
    }

    @Override
    public synchronized void arrived(long id, long timeMillis) {
        Entry e = inFlight.remove(id);
        if (e != null) {
            e.arrivedAt = timeMillis;
        }
    }

    @Override
    public synchronized void lost(long id, String reason, long timeMillis) {
        Entry e = inFlight.remove(id);
        if (e != null) {
            e.lostReason = reason;
        }
    }

    /** What router {@code router}'s engine reported at {@code time}; only what the timeline shows is kept. */
    public void engineEvent(String router, IkeEvent event, long time) {
        if (event instanceof IkeEvent.InformationalSent s) {
            synchronized (this) {
                informationals.addLast(new SentInformational(time, router, s.messageId(), s.payloads()));
                trim(informationals);
            }
        } else if (event instanceof IkeEvent.IkeSaDown down) {
            boolean dead = "peers alive".equals(down.reason());
            note(router, time, dead ? NoteKind.DEAD_PEER : NoteKind.IKE_SA_DOWN, dead
                    ? "DPD: peer " + down.peer() + " declared dead"
                    : "ISAKMP SA with " + down.peer() + " deleted (" + down.reason() + ")");
        } else if (event instanceof IkeEvent.IkeSaUp up) {
            note(router, time, NoteKind.IKE_SA_UP, "ISAKMP SA with " + up.peer() + " up");
        } else if (event instanceof IkeEvent.PeerChanged c) {
            note(router, time, NoteKind.FAILOVER, "crypto map " + c.mapName() + " " + c.seq() + ": peer " + c.from()
                    + " \u2192 " + c.to() + " (" + c.reason() + ")");
        }
    }

    /** A note on {@code router}'s lifeline. */
    public synchronized void note(String router, long time, NoteKind kind, String text) {
        notes.addLast(new Note(order++, time, router, kind, text));
        trim(notes);
    }

    private void trim(ArrayDeque<?> deque) {
        while (deque.size() > capacity) {
            deque.removeFirst();
        }
    }

    /** Everything recorded so far. */
    public synchronized Recording snapshot() {
        List<RecordedPacket> frozen = new ArrayList<>(packets.size());
        packets.forEach(e -> frozen.add(e.freeze()));
        return new Recording(frozen, new ArrayList<>(informationals), new ArrayList<>(notes));
    }
}
