package org.iosemu.lab;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.iosemu.cli.session.InterfaceCounters;
import org.iosemu.config.InterfaceName;

/**
 * Packets and bytes through each interface of one router, counted by its IP stack, with IOS's 5-minute
 * rates (exponentially decayed averages); `clear counters` zeroes the counts.
 */
final class TrafficCounters {

    /** IOS's default load interval. */
    private static final double LOAD_INTERVAL_SECONDS = 300;

    /** One direction of one interface: the counts and the decayed sums behind the rate. */
    private static final class Direction {
        long packets;
        long bytes;
        long giants;
        OptionalLong last = OptionalLong.empty();
        double decayedBits;
        double decayedPackets;
        long decayedAt;

        void add(int length, long now) {
            decay(now);
            packets++;
            bytes += length;
            last = OptionalLong.of(now);
            decayedBits += 8.0 * length;
            decayedPackets += 1;
        }

        void decay(long now) {
            if (now > decayedAt) {
                double factor = Math.exp(-(now - decayedAt) / 1000.0 / LOAD_INTERVAL_SECONDS);
                decayedBits *= factor;
                decayedPackets *= factor;
                decayedAt = now;
            }
        }

        long bitsPerSecond(long now) {
            decay(now);
            return Math.round(decayedBits / LOAD_INTERVAL_SECONDS);
        }

        long packetsPerSecond(long now) {
            decay(now);
            return Math.round(decayedPackets / LOAD_INTERVAL_SECONDS);
        }
    }

    private record Pair(Direction in, Direction out) {}

    private final Map<InterfaceName, Pair> byInterface = new ConcurrentHashMap<>();

    private Pair of(InterfaceName name) {
        return byInterface.computeIfAbsent(name, n -> new Pair(new Direction(), new Direction()));
    }

    void input(InterfaceName name, int bytes, long nowMillis) {
        Pair p = of(name);
        synchronized (p) {
            p.in().add(bytes, nowMillis);
        }
    }

    void output(InterfaceName name, int bytes, long nowMillis) {
        Pair p = of(name);
        synchronized (p) {
            p.out().add(bytes, nowMillis);
        }
    }

    /** A frame longer than the interface's MTU arrived and was dropped (an input error, not an input packet). */
    void giant(InterfaceName name) {
        Pair p = of(name);
        synchronized (p) {
            p.in().giants++;
        }
    }

    InterfaceCounters of(InterfaceName name, long nowMillis) {
        Pair p = byInterface.get(name);
        if (p == null) {
            return InterfaceCounters.NONE;
        }
        synchronized (p) {
            return new InterfaceCounters(p.in().packets, p.in().bytes, p.out().packets, p.out().bytes, p.in().last,
                    p.out().last, p.in().bitsPerSecond(nowMillis), p.in().packetsPerSecond(nowMillis),
                    p.out().bitsPerSecond(nowMillis), p.out().packetsPerSecond(nowMillis), p.in().giants);
        }
    }

    /** `clear counters`: the counts start again; the rates and the last input/output times stay, as on IOS. */
    void clear() {
        for (Pair p : byInterface.values()) {
            synchronized (p) {
                p.in().packets = 0;
                p.in().bytes = 0;
                p.in().giants = 0;
                p.out().packets = 0;
                p.out().bytes = 0;
            }
        }
    }
}
