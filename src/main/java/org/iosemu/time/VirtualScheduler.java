package org.iosemu.time;

import java.util.PriorityQueue;

/**
 * Virtual time: nothing happens until {@link #advance} is called, then due tasks run in time order
 * (ties in scheduling order), each seeing {@link #nowMillis()} equal to its due time. Deterministic,
 * so transcripts and DPD timings can be asserted to the millisecond.
 */
public final class VirtualScheduler implements Scheduler {

    /**
     * Cancelled tasks are dropped from the queue in one sweep once they are the majority (and at least this
     * many): DPD cancels a retry timer on every acknowledged probe, and a hub with thousands of peers would
     * otherwise keep them all queued until due.
     */
    static final int COMPACT_MIN = 1024;

    private final class Entry implements Cancellable {
        final long due;
        final long order;
        final Runnable task;
        boolean cancelled;
        boolean queued = true;

        Entry(long due, long order, Runnable task) {
            this.due = due;
            this.order = order;
            this.task = task;
        }

        @Override
        public void cancel() {
            synchronized (VirtualScheduler.this) {
                if (!cancelled) {
                    cancelled = true;
                    if (queued) {
                        cancelledQueued++;
                        compactIfMostlyCancelled();
                    }
                }
            }
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.order, b.order));
    private long now;
    private long nextOrder;
    /** Cancelled entries still in the queue. */
    private int cancelledQueued;

    public VirtualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(long delayMillis, Runnable task) {
        Entry e = new Entry(now + Math.max(0, delayMillis), nextOrder++, task);
        queue.add(e);
        return e;
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
                next.queued = false;
                if (next.cancelled) {
                    cancelledQueued--;
                }
                now = next.due;
            }
            if (!next.cancelled) {
                next.task.run();
            }
        }
    }

    /** Number of tasks still waiting to run (cancelled ones not counted). */
    public synchronized int pending() {
        return queue.size() - cancelledQueued;
    }

    /** Number of entries held in the queue, cancelled ones included (bounded by the compaction). */
    synchronized int queued() {
        return queue.size();
    }

    private void compactIfMostlyCancelled() {
        if (cancelledQueued >= COMPACT_MIN && cancelledQueued * 2 > queue.size()) {
            // removeIf re-heapifies; order stays exact because the comparator breaks ties by scheduling order
            queue.removeIf(e -> e.cancelled);
            cancelledQueued = 0;
        }
    }
}
