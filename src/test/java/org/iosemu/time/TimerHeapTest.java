package org.iosemu.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Random adds, removals from anywhere and polls, checked against a sorted set. */
class TimerHeapTest {
    private static final class Item extends TimerHeap.Node {
        final long due;
        final long order;

        Item(long due, long order) {
            this.due = due;
            this.order = order;
        }
    }

    @Test
    void agreesWithASortedSet() {
        SplittableRandom random = new SplittableRandom(5);
        TimerHeap heap = new TimerHeap();
        TreeSet<Item> reference = new TreeSet<>(Comparator.<Item>comparingLong(i -> i.due).thenComparingLong(i -> i.order));
        List<Item> live = new ArrayList<>();
        long order = 0;
        for (int step = 0; step < 50_000; step++) {
            int op = random.nextInt(10);
            if (op < 5) {
                Item item = new Item(random.nextLong(0, 200), order++);
                heap.add(item, item.due, item.order);
                reference.add(item);
                live.add(item);
            } else if (op < 8 && !live.isEmpty()) {
                Item item = live.remove(random.nextInt(live.size()));
                heap.remove(item);
                heap.remove(item); // a second removal is a no-op
                reference.remove(item);
            } else if (!reference.isEmpty()) {
                Item first = reference.pollFirst();
                assertEquals(first, heap.peek(), "step " + step);
                heap.remove(first);
                live.remove(first);
            }
            assertEquals(reference.size(), heap.size());
        }
        while (!reference.isEmpty()) {
            Item first = reference.pollFirst();
            assertEquals(first, heap.peek());
            heap.remove(first);
        }
        assertNull(heap.peek());
    }
}
