package org.iosemu.lab;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Echo replies that came back to this router, by identifier and sequence, with their arrival time. */
final class EchoReplies {
    private final Map<Long, Long> arrivals = new ConcurrentHashMap<>();
    /** Echoes answered with a destination unreachable (ping prints `U`). */
    private final java.util.Set<Long> unreachable = ConcurrentHashMap.newKeySet();

    /** Echoes answered with "fragmentation needed and DF set" (ping prints `M`). */
    private final java.util.Set<Long> tooBig = ConcurrentHashMap.newKeySet();

    private int lastIdentifier;

    /** A fresh echo identifier for one `ping` run (per router, so transcripts do not depend on each other). */
    synchronized int nextIdentifier() {
        lastIdentifier = lastIdentifier % 0xffff + 1;
        return lastIdentifier;
    }

    void arrived(int identifier, int sequence, long atMillis) {
        arrivals.putIfAbsent(key(identifier, sequence), atMillis);
    }

    boolean has(int identifier, int sequence) {
        return arrivals.containsKey(key(identifier, sequence));
    }

    /** A destination unreachable quoting echo {@code identifier}/{@code sequence} came back. */
    void unreachable(int identifier, int sequence) {
        unreachable.add(key(identifier, sequence));
    }

    boolean isUnreachable(int identifier, int sequence) {
        return unreachable.contains(key(identifier, sequence)) || tooBig.contains(key(identifier, sequence));
    }

    /** A "fragmentation needed" quoting echo {@code identifier}/{@code sequence} came back. */
    void couldNotFragment(int identifier, int sequence) {
        tooBig.add(key(identifier, sequence));
    }

    boolean isTooBig(int identifier, int sequence) {
        return tooBig.contains(key(identifier, sequence));
    }

    long take(int identifier, int sequence) {
        unreachable.remove(key(identifier, sequence));
        tooBig.remove(key(identifier, sequence));
        Long t = arrivals.remove(key(identifier, sequence));
        return t == null ? -1 : t;
    }

    void clear() {
        arrivals.clear();
        unreachable.clear();
        tooBig.clear();
    }

    private static long key(int identifier, int sequence) {
        return ((long) identifier << 16) | (sequence & 0xffff);
    }
}
