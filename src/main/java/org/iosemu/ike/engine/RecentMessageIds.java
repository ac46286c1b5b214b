package org.iosemu.ike.engine;

/**
 * The last {@link #CAPACITY} message IDs an IKE SA processed, for replay detection of informational and quick
 * mode messages. Bounded because periodic DPD adds one ID every few seconds for the life of the SA; a replay
 * must come within the window to be caught, which covers retransmissions and captured-and-resent packets
 * (older IDs are random 32-bit values, so an accidental collision stays negligible).
 *
 * <p>A ring keeps the order of arrival, and an open-addressing table (linear probing, at most half full) answers
 * {@link #contains} in constant time without boxing: it is asked on every message sent and received.
 */
final class RecentMessageIds {
    /** 128 IDs: over 20 minutes of DPD at the shortest keepalive (10 s), in 1.5 KiB per SA. */
    static final int CAPACITY = 128;
    private static final int TABLE_SIZE = CAPACITY * 2; // a power of two
    private static final int HASH_SHIFT = 32 - Integer.numberOfTrailingZeros(TABLE_SIZE);
    /** Marks a free table slot; the ID 0 (never a valid phase-2 message ID) is tracked apart. */
    private static final int FREE = 0;

    private final int[] ring = new int[CAPACITY];
    private final int[] table = new int[TABLE_SIZE];
    private int size;
    private int next;
    private boolean hasZero;

    /** Remembers {@code id}, forgetting the oldest one when the window is full. */
    void add(int id) {
        if (contains(id)) {
            return;
        }
        if (size == CAPACITY) {
            forget(ring[next]);
        } else {
            size++;
        }
        ring[next] = id;
        next = (next + 1) % CAPACITY;
        if (id == FREE) {
            hasZero = true;
        } else {
            table[slotFor(id)] = id;
        }
    }

    boolean contains(int id) {
        return id == FREE ? hasZero : table[slotFor(id)] == id;
    }

    int size() {
        return size;
    }

    /** The slot holding {@code id}, or the free slot where it would go. */
    private int slotFor(int id) {
        int i = home(id);
        while (table[i] != FREE && table[i] != id) {
            i = (i + 1) % TABLE_SIZE;
        }
        return i;
    }

    private static int home(int id) {
        return id * 0x9E3779B9 >>> HASH_SHIFT; // Fibonacci hashing: the top bits of the product
    }

    /** Removes {@code id}, shifting later entries of its probe run back so lookups still find them. */
    private void forget(int id) {
        if (id == FREE) {
            hasZero = false;
            return;
        }
        int gap = slotFor(id);
        table[gap] = FREE;
        int i = (gap + 1) % TABLE_SIZE;
        while (table[i] != FREE) {
            int h = home(table[i]);
            // the entry at i may move into the gap unless its home lies cyclically in (gap, i]
            boolean homeBetween = gap < i ? (h > gap && h <= i) : (h > gap || h <= i);
            if (!homeBetween) {
                table[gap] = table[i];
                table[i] = FREE;
                gap = i;
            }
            i = (i + 1) % TABLE_SIZE;
        }
    }
}
