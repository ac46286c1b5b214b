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
            // the later timer's run proves the earlier, cancelled one's moment has passed; the margins keep a
            // loaded machine from firing the first timer before cancel() is reached
            TimerPort.Timer t = timers.schedule(300, () -> cancelledRan.set(true));
            t.cancel();
            timers.schedule(400, ran::countDown);
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertFalse(cancelledRan.get());
        }
    }
}
