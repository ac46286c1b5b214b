package org.iosemu.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {

    @Test
    void runsDueTasksInTimeOrderAtTheirDueTime() {
        VirtualScheduler scheduler = new VirtualScheduler(1_000);
        List<String> log = new ArrayList<>();
        scheduler.schedule(300, () -> log.add("c@" + scheduler.nowMillis()));
        scheduler.schedule(100, () -> log.add("a@" + scheduler.nowMillis()));
        scheduler.schedule(100, () -> {
            log.add("b@" + scheduler.nowMillis());
            scheduler.schedule(50, () -> log.add("nested@" + scheduler.nowMillis()));
        });
        scheduler.advance(200);
        assertEquals(List.of("a@1100", "b@1100", "nested@1150"), log);
        assertEquals(1_200, scheduler.nowMillis());
        scheduler.advance(100);
        assertEquals("c@1300", log.get(3));
    }

    @Test
    void cancelledTasksDoNotRun() {
        VirtualScheduler scheduler = new VirtualScheduler(0);
        List<String> log = new ArrayList<>();
        Scheduler.Cancellable task = scheduler.schedule(10, () -> log.add("x"));
        task.cancel();
        scheduler.advance(20);
        assertEquals(List.of(), log);
    }

    @Test
    void formatsIosTimestamps() {
        assertEquals("*Mar  1 00:00:10.004", IosTimestamp.datetimeMsec(IosTimestamp.IOS_BOOT_EPOCH_MILLIS + 10_004, false));
        assertEquals("Mar 25 15:47:45.391",
                IosTimestamp.datetimeMsec(java.time.Instant.parse("2002-03-25T15:47:45.391Z").toEpochMilli(), true));
    }
}
