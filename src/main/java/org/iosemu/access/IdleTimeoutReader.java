package org.iosemu.access;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.iosemu.cli.terminal.ForwardingKeyboard;
import org.jline.utils.NonBlockingReader;

/**
 * A vty's keyboard with the line's {@code exec-timeout}: once the session has waited for a key longer
 * than the limit, every read answers end of input, so the console loop ends and the transport closes the
 * connection as on a hang-up (IOS disconnects an idle vty without a word).
 *
 * <p>Only time spent inside reads counts. The console reads only while it waits at the prompt, at
 * {@code --More--} or at a dialogue's question, so a command running between two reads (a long ping) does
 * not use up the idle time. JLine polls (reads of 100 ms in a loop, peeks for the rest of an escape
 * sequence): those reads add up to one wait instead of each starting the clock again. A key received,
 * read or peeked, ends the wait.
 *
 * <p>The limit is read when a wait starts (the first read after a key), not at every poll. A changed
 * {@code exec-timeout} therefore applies to a session from its next key on; a session in the middle of a
 * wait keeps the limit it started with. That is simpler than re-arming a timer on every change and never
 * cuts a session sooner than the limit it was waiting under.
 */
final class IdleTimeoutReader extends ForwardingKeyboard {

    private final Supplier<Duration> limit;
    private final Runnable keyReceived;
    private final LongSupplier nanoTime;
    private boolean waiting;
    private long limitNanos;
    private long waitedNanos;
    private volatile boolean expired;

    /**
     * @param limit       the line's exec-timeout, asked at the start of each wait; zero means never
     * @param keyReceived told of every key that arrives (`show users` counts idle time from it)
     * @param nanoTime    the clock reads are timed with ({@link System#nanoTime} outside tests)
     */
    IdleTimeoutReader(NonBlockingReader in, Supplier<Duration> limit, Runnable keyReceived, LongSupplier nanoTime) {
        super(in);
        this.limit = limit;
        this.keyReceived = keyReceived;
        this.nanoTime = nanoTime;
    }

    @Override
    protected int read(long timeout, boolean isPeek) throws IOException {
        return await(timeout, t -> isPeek ? keys.peek(t) : keys.read(t), false);
    }

    @Override
    public int readBuffered(char[] buffer, int offset, int length, long timeout) throws IOException {
        return await(timeout, t -> keys.readBuffered(buffer, offset, length, t), true);
    }

    /** One read as the caller asked for it ({@code timeout <= 0}: until a key comes), cut at the idle limit. */
    private int await(long timeout, Attempt attempt, boolean counted) throws IOException {
        if (expired) {
            return EOF;
        }
        if (!waiting) {
            waiting = true;
            waitedNanos = 0;
            limitNanos = limit.get().toNanos();
        }
        while (true) {
            long leftNanos = limitNanos - waitedNanos;
            boolean unlimited = limitNanos <= 0;
            if (!unlimited && leftNanos <= 0) {
                expired = true;
                return EOF;
            }
            long leftMillis = unlimited ? 0 : Math.max(1, (leftNanos + 999_999) / 1_000_000);
            boolean limitFirst = !unlimited && (timeout <= 0 || timeout > leftMillis);
            long started = nanoTime.getAsLong();
            int result = attempt.run(limitFirst ? leftMillis : timeout);
            waitedNanos += nanoTime.getAsLong() - started;
            if (counted ? result > 0 : result >= 0) {
                waiting = false;
                keyReceived.run();
                return result;
            }
            if (result == EOF || !limitFirst) {
                return result; // the connection ended, or the caller's own (shorter) timeout ran out
            }
            // the wait ran to the idle limit (checked at the top), or the reader woke up early: wait on
        }
    }

    /** The session waited past its exec-timeout: the keyboard has ended for good. */
    boolean timedOut() {
        return expired;
    }

    /** One read of the wrapped keyboard with the given timeout. */
    @FunctionalInterface
    private interface Attempt {
        int run(long timeoutMillis) throws IOException;
    }
}
