package org.iosemu.lab;

import java.util.function.BooleanSupplier;
import org.iosemu.time.Scheduler;
import org.iosemu.time.VirtualScheduler;

/** Deterministic lab time: nothing happens between commands; waits advance the clock. */
public final class VirtualLabTime implements LabTime {

    /** How much virtual time passes between two looks at whether the user stopped a wait. */
    private static final long STOP_CHECK_MILLIS = 1000;

    private final VirtualScheduler scheduler;

    public VirtualLabTime(VirtualScheduler scheduler) {
        this.scheduler = scheduler;
    }

    public VirtualLabTime(long startMillis) {
        this(new VirtualScheduler(startMillis));
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    public VirtualScheduler virtualScheduler() {
        return scheduler;
    }

    @Override
    public boolean virtual() {
        return true;
    }

    @Override
    public boolean pass(long millis, BooleanSupplier stop) {
        long left = millis;
        while (left > 0) {
            long step = Math.min(left, STOP_CHECK_MILLIS);
            scheduler.advance(step);
            left -= step;
            if (left > 0 && stop.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean awaitUntil(BooleanSupplier done, long deadlineMillis) {
        scheduler.advance(0);
        while (!done.getAsBoolean()) {
            if (scheduler.nowMillis() >= deadlineMillis) {
                return false;
            }
            scheduler.advance(1);
        }
        return true;
    }

    @Override
    public void settle() {
        scheduler.advance(0);
    }
}
