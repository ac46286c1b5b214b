package org.iosemu.ike.engine;

import java.util.BitSet;

/**
 * ESP anti-replay (RFC 4303 section 3.4.3) with IOS's configurable window: a sequence number is accepted once,
 * and only if it is not older than the window behind the highest one seen. A window of 0 (`replay disable`)
 * accepts every sequence number.
 */
final class ReplayWindow {

    private final int size;
    /** Bit (sequence % size) set = that sequence number, within the window, was seen. */
    private final BitSet seen;
    private long top;

    ReplayWindow(int size) {
        this.size = size;
        this.seen = new BitSet(Math.max(size, 1));
    }

    /**
     * Whether {@code sequence} would be accepted, without recording it: the check RFC 4303 makes before the ICV
     * (0 is never valid; the window is only moved by {@link #accept} once the packet proved authentic).
     */
    boolean fresh(long sequence) {
        if (sequence == 0) {
            return false;
        }
        if (size == 0 || sequence > top) {
            return true;
        }
        return top - sequence < size && !seen.get((int) (sequence % size));
    }

    /** Whether {@code sequence} (1 .. 2^32-1) may be accepted; records it if so. */
    boolean accept(long sequence) {
        if (size == 0) {
            return true;
        }
        if (sequence > top) {
            long advance = sequence - top;
            if (advance >= size) {
                seen.clear();
            } else {
                for (long s = top + 1; s <= sequence; s++) {
                    seen.clear((int) (s % size));
                }
            }
            top = sequence;
            seen.set((int) (sequence % size));
            return true;
        }
        if (top - sequence >= size || seen.get((int) (sequence % size))) {
            return false;
        }
        seen.set((int) (sequence % size));
        return true;
    }

    /** IOS's `replay detection support: Y/N`. */
    boolean enabled() {
        return size > 0;
    }
}
