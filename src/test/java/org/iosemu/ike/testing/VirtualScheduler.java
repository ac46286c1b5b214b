package org.iosemu.ike.testing;

import java.util.PriorityQueue;
import org.iosemu.ike.TimerPort;

/** Deterministic virtual clock: tasks run in time order, ties in scheduling order. */
public final class VirtualScheduler implements TimerPort {
    private final class Task implements Timer, Comparable<Task> {
        final long due;
        final long order;
        final Runnable action;
        boolean cancelled;

        Task(long due, long order, Runnable action) {
            this.due = due;
            this.order = order;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Task o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(order, o.order);
        }
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    public VirtualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public Timer schedule(long delayMillis, Runnable task) {
        Task t = new Task(now + Math.max(0, delayMillis), sequence++, task);
        queue.add(t);
        return t;
    }

    /** Runs everything due up to and including {@code time}, then sets the clock to it. */
    public void runUntil(long time) {
        while (!queue.isEmpty() && queue.peek().due <= time) {
            Task t = queue.poll();
            if (!t.cancelled) {
                now = t.due;
                t.action.run();
            }
        }
        now = Math.max(now, time);
    }

    public void advance(long millis) {
        runUntil(now + millis);
    }

    /** Runs tasks due now (zero-delay deliveries) without moving the clock. */
    public void runPending() {
        runUntil(now);
    }
}
