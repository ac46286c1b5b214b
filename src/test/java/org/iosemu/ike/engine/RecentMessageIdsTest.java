package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentMessageIdsTest {

    @Test
    void remembersIdsWithinTheWindow() {
        RecentMessageIds ids = new RecentMessageIds();
        ids.add(7);
        ids.add(-3);
        assertTrue(ids.contains(7));
        assertTrue(ids.contains(-3));
        assertFalse(ids.contains(0));
        assertFalse(ids.contains(8));
    }

    @Test
    void forgetsTheOldestOnceFull() {
        RecentMessageIds ids = new RecentMessageIds();
        for (int i = 1; i <= RecentMessageIds.CAPACITY + 10; i++) {
            ids.add(i);
        }
        assertEquals(RecentMessageIds.CAPACITY, ids.size());
        for (int i = 1; i <= 10; i++) {
            assertFalse(ids.contains(i), "id " + i + " should have left the window");
        }
        for (int i = 11; i <= RecentMessageIds.CAPACITY + 10; i++) {
            assertTrue(ids.contains(i), "id " + i + " should still be in the window");
        }
    }

    @Test
    void agreesWithAPlainWindowOverManyRandomIds() {
        // IDs from a small range collide in the table and recur, exercising probing and removal
        RecentMessageIds ids = new RecentMessageIds();
        java.util.ArrayDeque<Integer> window = new java.util.ArrayDeque<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int step = 0; step < 20_000; step++) {
            int id = step % 7 == 0 ? random.nextInt() : random.nextInt(-300, 300);
            assertEquals(window.contains(id), ids.contains(id), "step " + step + " id " + id);
            ids.add(id);
            if (!window.contains(id)) {
                if (window.size() == RecentMessageIds.CAPACITY) {
                    window.removeFirst();
                }
                window.addLast(id);
            }
            int probe = random.nextInt(-300, 300);
            assertEquals(window.contains(probe), ids.contains(probe), "step " + step + " probe " + probe);
        }
    }

    @Test
    void addingAKnownIdDoesNotEvictAnother() {
        RecentMessageIds ids = new RecentMessageIds();
        for (int i = 1; i <= RecentMessageIds.CAPACITY; i++) {
            ids.add(i);
        }
        ids.add(5);
        assertTrue(ids.contains(1));
        assertEquals(RecentMessageIds.CAPACITY, ids.size());
    }
}
