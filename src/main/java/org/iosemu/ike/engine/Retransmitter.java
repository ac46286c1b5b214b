package org.iosemu.ike.engine;

import org.iosemu.ike.TimerPort;

/**
 * Resends the last message of an exchange until the answer arrives; gives up after {@link #MAX_RETRIES}.
 * One instance per exchange (phase 1, or one quick mode).
 */
final class Retransmitter {
    static final long INTERVAL_MS = 10_000;
    static final int MAX_RETRIES = 5;

    private final TimerPort timers;
    private TimerPort.Timer timer;
    private int attempts;
    byte[] lastSent;
    byte[] lastReceived;

    Retransmitter(TimerPort timers) {
        this.timers = timers;
    }

    /** Restarts the retry cycle: onRetry runs every interval (see {@link #attempts()}), onGiveUp after the last retry. */
    void arm(Runnable onRetry, Runnable onGiveUp) {
        cancel();
        attempts = 0;
        schedule(onRetry, onGiveUp);
    }

    private void schedule(Runnable onRetry, Runnable onGiveUp) {
        timer = timers.schedule(INTERVAL_MS, () -> {
            timer = null;
            if (attempts >= MAX_RETRIES) {
                onGiveUp.run();
                return;
            }
            attempts++;
            onRetry.run();
            schedule(onRetry, onGiveUp);
        });
    }

    int attempts() {
        return attempts;
    }

    void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

}
