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
