package org.iosemu.access;

import java.util.BitSet;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Hands out vty line numbers: each connection holds the lowest free line (vty 0 first, as IOS) until it
 * ends; when all configured lines are taken the next connection is refused.
 */
final class VtyLines {

    private final IntSupplier configured;
    private final BitSet busy = new BitSet();

    VtyLines(IntSupplier configured) {
        this.configured = configured;
    }

    /** A held line; closing it frees the line. */
    final class Lease implements AutoCloseable {
        private final int line;
        private boolean released;

        private Lease(int line) {
            this.line = line;
        }

        int line() {
            return line;
        }

        @Override
        public void close() {
            synchronized (VtyLines.this) {
                if (!released) {
                    released = true;
                    busy.clear(line);
                }
            }
        }
    }

    synchronized Optional<Lease> acquire() {
        int line = busy.nextClearBit(0);
        if (line >= configured.getAsInt()) {
            return Optional.empty();
        }
        busy.set(line);
        return Optional.of(new Lease(line));
    }

    /** Is a line free now? */
    synchronized boolean anyFree() {
        return busy.nextClearBit(0) < configured.getAsInt();
    }

    /**
     * The line whose login a connection goes through: the next free one, or the last line when all are
     * busy (the credentials are still checked, so the client learns that the lines are busy, not that
     * its password was wrong).
     */
    synchronized int loginLine() {
        int next = busy.nextClearBit(0);
        int count = configured.getAsInt();
        return count > 0 && next >= count ? count - 1 : next;
    }

    /** The line the next connection would get (the login it asks for depends on it). */
    synchronized int next() {
        return busy.nextClearBit(0);
    }
}
