package org.iosemu.lab;

import java.util.function.BooleanSupplier;
import org.iosemu.time.RealTimeScheduler;
import org.iosemu.time.Scheduler;

/** Wall-clock lab time for people at a console: timers run on their own thread, waits sleep. */
public final class RealLabTime implements LabTime, AutoCloseable {

    /** How long a wait sleeps between two looks at whether the user stopped it. */
    private static final long STOP_CHECK_MILLIS = 20;

    private final RealTimeScheduler scheduler;

    public RealLabTime(RealTimeScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public boolean virtual() {
        return false;
    }

    @Override
    public boolean pass(long millis, BooleanSupplier stop) {
        // measured on the monotonic clock: the scheduler's millisecond clock truncates, so a wait counted on it
        // could end up to a millisecond short of what was asked
        long deadline = System.nanoTime() + Math.min(millis, Long.MAX_VALUE / 4_000_000L) * 1_000_000L;
        while (true) {
            long left = (deadline - System.nanoTime() + 999_999L) / 1_000_000L;
            if (left <= 0) {
                return true;
            }
            if (stop.getAsBoolean()) {
                return false;
            }
            sleep(Math.min(left, STOP_CHECK_MILLIS));
        }
    }

    @Override
    public boolean awaitUntil(BooleanSupplier done, long deadlineMillis) {
        while (!done.getAsBoolean()) {
            if (scheduler.nowMillis() >= deadlineMillis) {
                return false;
            }
            sleep(1);
        }
        return true;
    }

    @Override
    public void settle() {
        // the timer thread runs due tasks by itself
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
