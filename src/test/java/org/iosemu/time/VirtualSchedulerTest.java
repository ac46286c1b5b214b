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
    void cancelledTasksLeaveTheQueueAtOnceAndTheRestKeepTheirOrder() {
        VirtualScheduler scheduler = new VirtualScheduler(0);
        List<String> log = new ArrayList<>();
        int n = 3_000;
        List<Scheduler.Cancellable> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "t" + i;
            // descending due times with ties, so the surviving order depends on both keys
            tasks.add(scheduler.schedule(2_000 - i / 3, () -> log.add(name + "@" + scheduler.nowMillis())));
        }
        for (int i = 0; i < n; i++) {
            if (i % 4 != 0) {
                tasks.get(i).cancel();
                tasks.get(i).cancel(); // twice must not count twice
            }
        }
        assertEquals(n / 4, scheduler.pending());
        scheduler.advance(2_000);
        List<String> expected = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            // within one due time, scheduling order: lowest index of the tie group first
            int first = i - i % 3;
            if (i % 3 == 2) {
                for (int j = first; j <= i; j++) {
                    if (j % 4 == 0) {
                        expected.add("t" + j + "@" + (2_000 - j / 3));
                    }
                }
            }
        }
        assertEquals(expected, log);
        assertEquals(0, scheduler.pending());
    }

    @Test
    void cancellingAfterTheRunIsHarmless() {
        VirtualScheduler scheduler = new VirtualScheduler(0);
        List<String> log = new ArrayList<>();
        Scheduler.Cancellable first = scheduler.schedule(1, () -> log.add("first"));
        scheduler.schedule(2, () -> log.add("second"));
        scheduler.advance(1);
        first.cancel();
        assertEquals(1, scheduler.pending());
        scheduler.advance(1);
        assertEquals(List.of("first", "second"), log);
    }

    @Test
    void formatsIosTimestamps() {
        assertEquals("*Mar  1 00:00:10.004", IosTimestamp.datetimeMsec(IosTimestamp.IOS_BOOT_EPOCH_MILLIS + 10_004, false));
        assertEquals("Mar 25 15:47:45.391",
                IosTimestamp.datetimeMsec(java.time.Instant.parse("2002-03-25T15:47:45.391Z").toEpochMilli(), true));
    }
}
