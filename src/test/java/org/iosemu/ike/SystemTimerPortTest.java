package org.iosemu.ike;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SystemTimerPortTest {
    @Test
    void runsAndCancelsTasks() throws Exception {
        try (SystemTimerPort timers = new SystemTimerPort()) {
            CountDownLatch ran = new CountDownLatch(1);
            AtomicBoolean cancelledRan = new AtomicBoolean();
            TimerPort.Timer t = timers.schedule(20, () -> cancelledRan.set(true));
            t.cancel();
            timers.schedule(5, ran::countDown);
            assertTrue(ran.await(2, TimeUnit.SECONDS));
            Thread.sleep(40);
            assertFalse(cancelledRan.get());
        }
    }
}
