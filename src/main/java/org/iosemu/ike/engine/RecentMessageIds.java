package org.iosemu.ike.engine;

/**
 * The last {@link #CAPACITY} message IDs an IKE SA processed, for replay detection of informational and quick
 * mode messages. Bounded because periodic DPD adds one ID every few seconds for the life of the SA; a replay
 * must come within the window to be caught, which covers retransmissions and captured-and-resent packets
 * (older IDs are random 32-bit values, so an accidental collision stays negligible).
 */
final class RecentMessageIds {
    /** 256 IDs: over 40 minutes of DPD at the shortest keepalive (10 s), in 1 KiB per SA. */
    static final int CAPACITY = 256;

    private final int[] ring = new int[CAPACITY];
    private int size;
    private int next;

    /** Remembers {@code id}, forgetting the oldest one when the window is full. */
    void add(int id) {
        if (contains(id)) {
            return;
        }
        ring[next] = id;
        next = (next + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
    }

    boolean contains(int id) {
        // a linear scan over at most 256 ints beats hashing boxed Integers, and allocates nothing
        for (int i = 0; i < size; i++) {
            if (ring[i] == id) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }
}
