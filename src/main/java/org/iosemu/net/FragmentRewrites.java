package org.iosemu.net;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A NAT's memory of how it rewrote the first fragment of each datagram, so that the later fragments, which carry
 * no transport header and so no ports to look a translation up by, get the same addresses: found by source,
 * destination, protocol and IP identification, as IOS NAT tracks fragments (virtual fragment reassembly). An
 * entry lasts {@link #TIMEOUT_MILLIS}, VFR's default timeout; at most {@link #MAX_DATAGRAMS} are kept, the
 * oldest going first (the pieces of one datagram cross the lab together, so an entry is used at once).
 */
public final class FragmentRewrites {

    /** IOS's `ip virtual-reassembly` default timeout: 3 seconds. */
    public static final long TIMEOUT_MILLIS = 3_000;
    private static final int MAX_DATAGRAMS = 64;

    private record Key(Ipv4Address source, Ipv4Address destination, int protocol, int identification) {
        static Key of(IpPacket p) {
            return new Key(p.source(), p.destination(), p.protocol(), p.fragment().identification());
        }
    }

    private record Rewritten(Ipv4Address source, Ipv4Address destination, long at) {}

    private final Map<Key, Rewritten> entries = new LinkedHashMap<>();

    /** A fragment at offset 0: the one that carries the ports. */
    public static boolean isFirst(IpPacket p) {
        return p.isFragment() && p.fragment().offset() == 0;
    }

    /** A fragment after the first: no transport header. */
    public static boolean isLater(IpPacket p) {
        return p.isFragment() && p.fragment().offset() > 0;
    }

    /**
     * The source ({@code at} 0) or destination ({@code at} 2) port in the transport header at the start of a first
     * fragment's payload (TCP and UDP alike); the record's ports of a fragment are 0.
     */
    public static int headerPort(IpPacket first, int at) {
        byte[] b = first.payload();
        return b.length < at + 2 ? 0 : ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    /** A first fragment with other addresses and, in its transport header, other ports. */
    public static IpPacket rewriteFirst(IpPacket first, Ipv4Address source, int sourcePort, Ipv4Address destination,
                                        int destinationPort) {
        byte[] payload = first.payload().clone();
        if (payload.length >= 4) {
            payload[0] = (byte) (sourcePort >>> 8);
            payload[1] = (byte) sourcePort;
            payload[2] = (byte) (destinationPort >>> 8);
            payload[3] = (byte) destinationPort;
        }
        return withAddresses(first, source, destination, payload);
    }

    private static IpPacket withAddresses(IpPacket p, Ipv4Address source, Ipv4Address destination, byte[] payload) {
        return new IpPacket(source, destination, p.protocol(), p.sourcePort(), p.destinationPort(), payload, p.ttl(),
                p.tos(), p.dontFragment(), p.fragment());
    }

    /** Notes that first fragment {@code before} left the NAT as {@code after} (the same, when it was not translated). */
    public synchronized void firstRewritten(IpPacket before, IpPacket after, long nowMillis) {
        expire(nowMillis);
        if (entries.size() >= MAX_DATAGRAMS) {
            entries.remove(entries.keySet().iterator().next());
        }
        entries.put(Key.of(before), new Rewritten(after.source(), after.destination(), nowMillis));
    }

    /** A later fragment rewritten as its first fragment was; empty when no first fragment of its datagram was seen. */
    public synchronized Optional<IpPacket> later(IpPacket fragment, long nowMillis) {
        expire(nowMillis);
        Rewritten r = entries.get(Key.of(fragment));
        return r == null ? Optional.empty()
                : Optional.of(withAddresses(fragment, r.source(), r.destination(), fragment.payload()));
    }

    private void expire(long nowMillis) {
        entries.values().removeIf(r -> nowMillis - r.at() >= TIMEOUT_MILLIS);
    }

    /** Datagrams whose first fragment is remembered. */
    public synchronized int size() {
        return entries.size();
    }
}
