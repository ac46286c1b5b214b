package org.iosemu.time;

/**
 * Virtual time: nothing happens until {@link #advance} is called, then due tasks run in time order
 * (ties in scheduling order), each seeing {@link #nowMillis()} equal to its due time. Deterministic,
 * so transcripts and DPD timings can be asserted to the millisecond.
 */
public final class VirtualScheduler implements Scheduler {

    private final class Entry extends TimerHeap.Node implements Cancellable {
        final long due;
        final Runnable task;
        volatile boolean cancelled;

        Entry(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        /**
         * Leaves the queue at once: DPD cancels a retry timer on every acknowledged probe, and a hub with
         * thousands of peers would otherwise carry them all until due.
         */
        @Override
        public void cancel() {
            synchronized (VirtualScheduler.this) {
                cancelled = true;
                queue.remove(this);
            }
        }
    }

    private final TimerHeap queue = new TimerHeap();
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
        Entry e = new Entry(now + Math.max(0, delayMillis), task);
        queue.add(e, e.due, nextOrder++);
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
                next = (Entry) queue.peek();
                if (next == null || next.due > targetMillis) {
                    now = Math.max(now, targetMillis);
                    return;
                }
                queue.remove(next);
                now = next.due;
            }
            // a task cancelled by another thread after it left the queue must still not run
            if (!next.cancelled) {
                next.task.run();
            }
        }
    }

    /** Number of tasks still waiting to run (a cancelled task leaves the queue at once). */
    public synchronized int pending() {
        return queue.size();
    }
}
