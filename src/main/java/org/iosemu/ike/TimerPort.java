package org.iosemu.ike;

/** Clock and one-shot timers in milliseconds, so the engine can run on virtual time. */
public interface TimerPort {
    long now();

    Timer schedule(long delayMillis, Runnable task);

    interface Timer {
        void cancel();
    }
}
