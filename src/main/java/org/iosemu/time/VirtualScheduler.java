package org.iosemu.time;

import java.util.PriorityQueue;

/**
 * Virtual time: nothing happens until {@link #advance} is called, then due tasks run in time order
 * (ties in scheduling order), each seeing {@link #nowMillis()} equal to its due time. Deterministic,
 * so transcripts and DPD timings can be asserted to the millisecond.
 */
public final class VirtualScheduler implements Scheduler {

    private record Entry(long due, long order, Runnable task, boolean[] cancelled) {}

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.order, b.order));
    private long now;
    private long nextOrder;

    public VirtualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(long delayMillis, Runnable task) {
        boolean[] cancelled = {false};
        queue.add(new Entry(now + Math.max(0, delayMillis), nextOrder++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Advances the clock by {@code millis}, running every task that falls due on the way. */
    public void advance(long millis) {
        long target;
        synchronized (this) {
            target = now + millis;
        }
        runUntil(target);
    }

    /** Runs due tasks up to and including {@code targetMillis}, then leaves the clock there. */
    public void runUntil(long targetMillis) {
        while (true) {
            Entry next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due > targetMillis) {
                    now = Math.max(now, targetMillis);
                    return;
                }
                queue.poll();
                now = next.due;
            }
            if (!next.cancelled[0]) {
                next.task.run();
            }
        }
    }

    /** Number of tasks still waiting (cancelled ones included until they fall due). */
    public synchronized int pending() {
        return queue.size();
    }
}
