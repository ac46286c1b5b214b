package org.iosemu.lab;

import org.iosemu.ike.TimerPort;
import org.iosemu.time.Scheduler;

/** The engine's timers on the lab clock. */
record SchedulerTimers(Scheduler scheduler) implements TimerPort {
    @Override
    public long now() {
        return scheduler.nowMillis();
    }

    @Override
    public Timer schedule(long delayMillis, Runnable task) {
        Scheduler.Cancellable c = scheduler.schedule(delayMillis, task);
        return c::cancel;
    }
}
