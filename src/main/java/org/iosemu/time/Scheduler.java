package org.iosemu.time;

/** Runs tasks after a delay on the clock it extends; every timer in a router or a lab goes through one. */
public interface Scheduler extends Clock {

    /** A scheduled task that may still be cancelled. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(long delayMillis, Runnable task);
}
