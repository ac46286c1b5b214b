package org.iosemu.net;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.time.Clock;

/**
 * Low-latency queueing for one busy link direction, as an HQF policy-map does it: priority classes leave first,
 * each policed to its rate while the link is congested (a token bucket with 200 ms of burst, IOS's default);
 * the other classes share what is left in proportion to their bandwidth (deficit round robin), class-default
 * getting whatever rate no class reserved; a `fair-queue` class serves its flows in turn. Every queue holds
 * 64 packets (a flow of a fair-queue class 16), and drops at its tail.
 */
public final class ClassBasedQueue implements OutputQueue {

    public static final int QUEUE_LIMIT = 64;
    public static final int FLOW_QUEUE_LIMIT = 16;
    private static final int QUANTUM_BYTES = 1500;

    /** One class of the policy: priority with its rate, or a share ({@code kbps} 0 = what is left). */
    public record ClassSpec(boolean priority, long kbps, boolean fairQueue) {}

    private final List<ClassState> classes = new ArrayList<>();
    private final List<ClassState> shared = new ArrayList<>();
    private final Clock clock;
    private int next;
    private int depth;

    public ClassBasedQueue(List<ClassSpec> specs, long linkKbps, Clock clock) {
        this.clock = clock;
        long reserved = specs.stream().mapToLong(ClassSpec::kbps).sum();
        long leftover = Math.max(8, linkKbps - reserved);
        for (ClassSpec s : specs) {
            ClassState c = new ClassState(s, s.priority() ? 0 : s.kbps() > 0 ? s.kbps() : leftover, clock.nowMillis());
            classes.add(c);
            if (!s.priority()) {
                shared.add(c);
            }
        }
        long smallest = shared.stream().mapToLong(c -> c.weight).min().orElse(1);
        shared.forEach(c -> c.quantum = Math.max(1, QUANTUM_BYTES * c.weight / smallest));
    }

    @Override
    public boolean offer(Queued packet) {
        ClassState c = classes.get(Math.min(Math.max(packet.trafficClass(), 0), classes.size() - 1));
        if (c.spec.priority() && !c.conforms(packet.wireBytes(), clock.nowMillis())) {
            packet.listener().exceeded(packet.wireBytes());
            return true; // policed away, not a tail drop of the link
        }
        if (!c.offer(packet)) {
            return false;
        }
        depth++;
        packet.listener().queued();
        return true;
    }

    @Override
    public Queued poll() {
        Queued q = pollNext();
        if (q != null) {
            depth--;
            q.listener().dequeued();
        }
        return q;
    }

    private Queued pollNext() {
        for (ClassState c : classes) {
            if (c.spec.priority() && c.size > 0) {
                return c.poll();
            }
        }
        if (shared.stream().allMatch(c -> c.size == 0)) {
            return null;
        }
        while (true) {
            ClassState c = shared.get(next);
            if (c.size == 0) {
                c.deficit = 0;
                c.visited = false;
                next = (next + 1) % shared.size();
                continue;
            }
            if (!c.visited) {
                c.deficit += c.quantum;
                c.visited = true;
            }
            if (c.peekBytes() <= c.deficit) {
                c.deficit -= c.peekBytes();
                return c.poll();
            }
            c.visited = false;
            next = (next + 1) % shared.size();
        }
    }

    @Override
    public int depth() {
        return depth;
    }

    /** One class: its flows (one unless fair-queue) served in turn, and a priority class's token bucket. */
    private static final class ClassState {
        final ClassSpec spec;
        final long weight;
        final Map<List<Object>, ArrayDeque<Queued>> flows = new LinkedHashMap<>();
        long quantum;
        long deficit;
        boolean visited;
        int size;
        double tokens;
        long refilledAt;

        ClassState(ClassSpec spec, long weight, long now) {
            this.spec = spec;
            this.weight = weight;
            this.tokens = burstBytes();
            this.refilledAt = now;
        }

        double burstBytes() {
            return spec.kbps() * 25.0; // 200 ms at the class's rate, as IOS's default priority burst
        }

        boolean conforms(int bytes, long now) {
            tokens = Math.min(burstBytes(), tokens + (now - refilledAt) * spec.kbps() / 8.0);
            refilledAt = now;
            if (bytes > tokens) {
                return false;
            }
            tokens -= bytes;
            return true;
        }

        boolean offer(Queued q) {
            if (size >= QUEUE_LIMIT) {
                return false;
            }
            ArrayDeque<Queued> flow = flows.computeIfAbsent(flowOf(q.packet()), k -> new ArrayDeque<>());
            if (spec.fairQueue() && flow.size() >= FLOW_QUEUE_LIMIT) {
                return false;
            }
            flow.add(q);
            size++;
            return true;
        }

        List<Object> flowOf(IpPacket p) {
            return spec.fairQueue() ? List.of(p.source(), p.destination(), p.protocol(), p.sourcePort(), p.destinationPort())
                    : List.of();
        }

        int peekBytes() {
            return flows.values().iterator().next().peek().wireBytes();
        }

        /** The head of the first flow; that flow then goes to the back of the line. */
        Queued poll() {
            Iterator<Map.Entry<List<Object>, ArrayDeque<Queued>>> it = flows.entrySet().iterator();
            Map.Entry<List<Object>, ArrayDeque<Queued>> first = it.next();
            Queued q = first.getValue().poll();
            it.remove();
            if (!first.getValue().isEmpty()) {
                flows.put(first.getKey(), first.getValue());
            }
            size--;
            return q;
        }
    }
}
