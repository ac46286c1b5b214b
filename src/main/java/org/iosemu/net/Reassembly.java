package org.iosemu.net;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A host's reassembly of the fragments addressed to it: by source, destination, protocol and identification;
 * the packet comes out whole once its pieces cover it without gaps. Incomplete packets are given up after
 * {@link #TIMEOUT_MILLIS} (RFC 791's lower bound for the timer, and what IOS waits).
 */
public final class Reassembly {

    public static final long TIMEOUT_MILLIS = 30_000;
    /** At most this many packets waiting for pieces at once; the oldest goes when a new one would pass it. */
    private static final int MAX_PENDING = 64;
    /**
     * A piece reaching past IPv4's 65535 bytes, or pieces holding more than twice that (overlaps, repeats), make
     * the packet bogus: its pieces are dropped.
     */
    private static final int MAX_LENGTH = 65_535;

    private final Map<Key, Pending> pending = new HashMap<>();

    private record Key(Ipv4Address source, Ipv4Address destination, int protocol, int identification) {}

    private static final class Pending {
        final long startedAt;
        final List<IpPacket> pieces = new ArrayList<>();
        long bytes;

        Pending(long startedAt) {
            this.startedAt = startedAt;
        }
    }

    /** Takes {@code fragment}; the whole packet when this was its last missing piece. */
    public synchronized Optional<IpPacket> add(IpPacket fragment, long nowMillis) {
        pending.values().removeIf(p -> nowMillis - p.startedAt > TIMEOUT_MILLIS);
        Key key = new Key(fragment.source(), fragment.destination(), fragment.protocol(),
                fragment.fragment().identification());
        Pending p = pending.get(key);
        if (p == null) {
            if (pending.size() >= MAX_PENDING) {
                pending.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().startedAt))
                        .ifPresent(e -> pending.remove(e.getKey()));
            }
            p = new Pending(nowMillis);
            pending.put(key, p);
        }
        p.pieces.add(fragment);
        p.bytes += fragment.payload().length;
        if (p.bytes > 2 * MAX_LENGTH || 20 + fragment.fragment().offset() + fragment.payload().length > MAX_LENGTH) {
            pending.remove(key);
            return Optional.empty();
        }
        Optional<IpPacket> whole = whole(p.pieces);
        whole.ifPresent(w -> pending.remove(key));
        return whole;
    }

    /** The packet when the pieces cover offsets 0 to the end (the piece without MF) with no gap. */
    private static Optional<IpPacket> whole(List<IpPacket> pieces) {
        List<IpPacket> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(f -> f.fragment().offset()));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int next = 0;
        for (IpPacket f : sorted) {
            int offset = f.fragment().offset();
            if (offset > next) {
                return Optional.empty();
            }
            int skip = next - offset;
            if (skip < f.payload().length) {
                data.write(f.payload(), skip, f.payload().length - skip);
                next = offset + f.payload().length;
            }
            if (!f.fragment().more()) {
                IpPacket first = sorted.get(0);
                // the header of the first piece, without fragment fields (protocol set afterwards: no UDP header here)
                byte[] header = Ipv4Datagram.encode(new IpPacket(first.source(), first.destination(), 0,
                        0, 0, new byte[0], first.ttl(), first.tos(), first.dontFragment(), null), 0);
                byte[] body = data.toByteArray();
                byte[] datagram = new byte[header.length + body.length];
                System.arraycopy(header, 0, datagram, 0, header.length);
                System.arraycopy(body, 0, datagram, header.length, body.length);
                datagram[2] = (byte) (datagram.length >>> 8);
                datagram[3] = (byte) datagram.length;
                datagram[9] = (byte) first.protocol();
                datagram[10] = 0;
                datagram[11] = 0;
                int checksum = InternetChecksum.of(datagram, 0, 20);
                datagram[10] = (byte) (checksum >>> 8);
                datagram[11] = (byte) checksum;
                return Ipv4Datagram.decode(datagram);
            }
        }
        return Optional.empty();
    }

    /** The bytes held for packets still waiting for pieces. */
    public synchronized long pendingBytes() {
        return pending.values().stream().mapToLong(p -> p.bytes).sum();
    }

    /** How many packets wait for pieces. */
    public synchronized int pendingCount() {
        return pending.size();
    }
}
