package org.iosemu.lab;

import java.util.function.BooleanSupplier;
import org.iosemu.time.Scheduler;

/**
 * The lab's one clock. Virtual time only moves when a command waits (tests and replays are exact to the
 * millisecond); real time moves by itself and waiting means sleeping.
 */
public interface LabTime {

    Scheduler scheduler();

    boolean virtual();

    /** `lab wait`: lets {@code millis} pass, running everything that falls due. */
    default void pass(long millis) {
        pass(millis, () -> false);
    }

    /**
     * As {@link #pass(long)}, stopping early once {@code stop} holds (the user's escape sequence); returns
     * whether the whole time passed. Real time asks {@code stop} every few milliseconds; virtual time, where
     * waiting takes no wall time, between whole seconds (so a stop typed ahead in a replay lands on a second).
     */
    boolean pass(long millis, BooleanSupplier stop);

    /**
     * Waits until {@code done} holds or the clock reaches {@code deadlineMillis}; returns whether it held.
     * Virtual time advances in 1 ms steps so the answer is seen at the millisecond it arrives.
     */
    boolean awaitUntil(BooleanSupplier done, long deadlineMillis);

    /** Runs tasks that are already due (zero-delay deliveries), without moving a virtual clock. */
    void settle();

    default long now() {
        return scheduler().nowMillis();
    }
}
