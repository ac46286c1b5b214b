package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConfigStoreTest {

    private static RunningConfig fresh() {
        return RunningConfig.factoryDefault(List.of(), true);
    }

    @Test
    void editsSwapSnapshotsAndNotifyWithBeforeAndAfter() {
        AtomicLong now = new AtomicLong(5);
        ConfigStore store = new ConfigStore(fresh(), now::get);
        List<String> seen = new ArrayList<>();
        store.addListener((before, after) -> seen.add(before.system().hostname() + "->" + after.system().hostname()));
        RunningConfig first = store.current();
        store.apply(rc -> rc.withSystem(s -> s.withHostname("R1")));
        assertEquals("Router", first.system().hostname(), "old snapshots never change");
        assertEquals("R1", store.current().system().hostname());
        assertEquals(List.of("Router->R1"), seen);
        assertEquals(5, store.lastChangeMillis().getAsLong());
    }

    @Test
    void noOpEditIsNotAChange() {
        ConfigStore store = new ConfigStore(fresh(), () -> 1);
        store.apply(rc -> rc);
        assertTrue(store.lastChangeMillis().isEmpty());
    }

    @Test
    void concurrentEditsAreNotLost() throws InterruptedException {
        ConfigStore store = new ConfigStore(fresh(), () -> 1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 100;
            threads.add(new Thread(() -> {
                for (int i = 1; i <= 50; i++) {
                    int priority = base + i;
                    store.apply(rc -> rc.withCrypto(c -> c.withPolicy(IsakmpPolicy.withDefaults(priority))));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(200, store.current().crypto().policies().size());
    }
}
