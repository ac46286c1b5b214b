package org.iosemu.time;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Wall-clock time shifted so that the router boots at {@code bootMillis} (IOS's uncalibrated clock
 * starts at Mar 1 2002). Tasks run on one daemon thread, so a router's timers never race each other.
 */
public final class RealTimeScheduler implements Scheduler, AutoCloseable {

    private final long offset;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "iosemu-timers");
        thread.setDaemon(true);
        return thread;
    });

    public RealTimeScheduler(long bootMillis) {
        this.offset = bootMillis - System.currentTimeMillis();
    }

    @Override
    public long nowMillis() {
        return System.currentTimeMillis() + offset;
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
