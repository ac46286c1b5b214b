package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.iosemu.lab.CryptoEngineQueue.Admission;
import org.iosemu.lab.CryptoEngineQueue.Lane;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The crypto engine as a single server on virtual time: who waits, in which order, and who is dropped. */
class CryptoEngineQueueTest {

    private final VirtualScheduler clock = new VirtualScheduler(0);
    private final CryptoEngineQueue engine = new CryptoEngineQueue(clock);
    private final List<String> done = new ArrayList<>();

    private Admission offer(Lane lane, int bytes, String name) {
        return engine.offer(lane, bytes, () -> done.add(name + "@" + clock.nowMillis()));
    }

    @Test
    void anEngineWithoutARateTakesEveryPacketAtOnce() {
        for (int i = 0; i < 1000; i++) {
            assertEquals(Admission.NOW, offer(Lane.BEST_EFFORT, 1500, "p" + i));
        }
        assertEquals(new CryptoEngineQueue.LaneStats(0, 500, 1000, 0), engine.stats().bestEffort());
        assertEquals(0, clock.pending());
    }

    @Test
    void anIdleEngineTakesAPacketAtOnceAndIsBusyForItsBitsAtItsRate() {
        engine.setCapacity(OptionalLong.of(512));
        assertEquals(Admission.NOW, offer(Lane.BEST_EFFORT, 1000, "a")); // 8000 bits at 512 kbit/s: 15.625 ms
        assertEquals(Admission.QUEUED, offer(Lane.BEST_EFFORT, 1000, "b"));
        assertEquals(Admission.QUEUED, offer(Lane.BEST_EFFORT, 1000, "c"));
        clock.advance(100);
        assertEquals(List.of("b@16", "c@31"), done); // b starts when a is done, c 15.625 ms after b
        assertEquals(Admission.NOW, offer(Lane.BEST_EFFORT, 1000, "d"));
    }

    @Test
    void priorityPacketsOvertakeButBestEffortGetsOneTurnInFive() {
        engine.setCapacity(OptionalLong.of(8)); // 1 byte per ms
        offer(Lane.BEST_EFFORT, 10, "first");
        for (int i = 0; i < 3; i++) {
            offer(Lane.BEST_EFFORT, 10, "be" + i);
        }
        for (int i = 0; i < 6; i++) {
            offer(Lane.PRIORITY, 10, "v" + i);
        }
        clock.advance(1000);
        assertEquals(List.of("v0@10", "v1@20", "v2@30", "v3@40", "be0@50", "v4@60", "v5@70", "be1@80", "be2@90"),
                done);
        assertEquals(new CryptoEngineQueue.LaneStats(0, 64, 6, 0), engine.stats().priority());
        assertEquals(new CryptoEngineQueue.LaneStats(0, 500, 4, 0), engine.stats().bestEffort());
    }

    @Test
    void eachQueueDropsAtItsTailWhenFull() {
        engine.setCapacity(OptionalLong.of(8));
        offer(Lane.BEST_EFFORT, 1000, "busy");
        for (int i = 0; i < 500; i++) {
            assertEquals(Admission.QUEUED, offer(Lane.BEST_EFFORT, 100, "be" + i));
        }
        assertEquals(Admission.DROPPED, offer(Lane.BEST_EFFORT, 100, "late"));
        for (int i = 0; i < 64; i++) {
            assertEquals(Admission.QUEUED, offer(Lane.PRIORITY, 100, "v" + i));
        }
        assertEquals(Admission.DROPPED, offer(Lane.PRIORITY, 100, "late voice"));
        CryptoEngineQueue.Stats stats = engine.stats();
        assertEquals(new CryptoEngineQueue.LaneStats(500, 500, 1, 1), stats.bestEffort());
        assertEquals(new CryptoEngineQueue.LaneStats(64, 64, 0, 1), stats.priority());
        assertEquals(564, stats.depth());
    }

    @Test
    void aPowerCutLosesWhatWaitsAndStartsTheCountsAgain() {
        engine.setCapacity(OptionalLong.of(8));
        offer(Lane.BEST_EFFORT, 100, "busy");
        offer(Lane.PRIORITY, 100, "v");
        engine.powerOff();
        clock.advance(1000);
        assertEquals(List.of(), done);
        assertEquals(new CryptoEngineQueue.Stats(OptionalLong.of(8), new CryptoEngineQueue.LaneStats(0, 64, 0, 0),
                new CryptoEngineQueue.LaneStats(0, 500, 0, 0)), engine.stats());
        assertEquals(Admission.NOW, offer(Lane.BEST_EFFORT, 100, "again"));
    }

    @Test
    void liftingTheRateLetsEveryWaitingPacketThroughWhenTheCurrentOneIsDone() {
        engine.setCapacity(OptionalLong.of(8));
        offer(Lane.BEST_EFFORT, 100, "busy");
        offer(Lane.BEST_EFFORT, 100, "a");
        offer(Lane.PRIORITY, 100, "v");
        engine.setCapacity(OptionalLong.empty());
        clock.advance(100);
        assertEquals(List.of("v@100", "a@100"), done);
        assertEquals(Admission.NOW, offer(Lane.BEST_EFFORT, 100, "b"));
        assertEquals(0, engine.stats().depth());
    }
}
