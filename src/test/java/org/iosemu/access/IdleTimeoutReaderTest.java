package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.utils.NonBlockingReader;
import org.junit.jupiter.api.Test;

/**
 * The exec-timeout clock on a virtual clock: the fake keyboard moves time forward by what each read
 * waited, so hours of idleness take no real time.
 */
class IdleTimeoutReaderTest {

    private static final long SECOND = 1_000_000_000L;

    /** A keyboard whose keys arrive at set virtual times; a read waits (virtually) for one or its timeout. */
    private static final class ScriptedKeyboard extends NonBlockingReader {
        long now;
        final Deque<long[]> keys = new ArrayDeque<>(); // {arrival nanos, char}
        final List<Long> timeoutsAsked = new ArrayList<>();

        ScriptedKeyboard keyAt(double seconds, char c) {
            keys.add(new long[] {(long) (seconds * SECOND), c});
            return this;
        }

        @Override
        protected int read(long timeout, boolean isPeek) {
            timeoutsAsked.add(timeout);
            long[] next = keys.peek();
            long end = timeout <= 0 ? Long.MAX_VALUE : now + timeout * 1_000_000;
            if (next != null && next[0] <= end) {
                now = Math.max(now, next[0]);
                if (!isPeek) {
                    keys.remove();
                }
                return (int) next[1];
            }
            if (timeout <= 0) {
                throw new AssertionError("a read without timeout would wait forever");
            }
            now = end;
            return READ_EXPIRED;
        }

        @Override
        public int readBuffered(char[] b, int off, int len, long timeout) {
            int c = read(timeout, false);
            if (c < 0) {
                return c;
            }
            b[off] = (char) c;
            return 1;
        }

        @Override
        public void close() {}
    }

    private final ScriptedKeyboard keyboard = new ScriptedKeyboard();
    private final AtomicInteger keysSeen = new AtomicInteger();

    private IdleTimeoutReader reader(Duration limit) {
        return new IdleTimeoutReader(keyboard, () -> limit, keysSeen::incrementAndGet, () -> keyboard.now);
    }

    /** Polls like JLine (100 ms reads) until a key or the end; returns what ended the polling. */
    private static int poll(NonBlockingReader reader) throws IOException {
        int c;
        do {
            c = reader.read(100);
        } while (c == NonBlockingReader.READ_EXPIRED);
        return c;
    }

    @Test
    void pollingAtAnIdlePromptEndsTheInputWhenTheLimitIsReached() throws IOException {
        NonBlockingReader reader = reader(Duration.ofSeconds(2));
        assertEquals(NonBlockingReader.EOF, poll(reader));
        assertEquals(2 * SECOND, keyboard.now, "cut exactly at the limit, not a poll later or sooner");
    }

    @Test
    void aBlockingReadEndsAtTheLimitAndTheEndStays() throws IOException {
        keyboard.keyAt(5, 'x');
        NonBlockingReader reader = reader(Duration.ofSeconds(2));
        assertEquals(NonBlockingReader.EOF, reader.read());
        assertEquals(2 * SECOND, keyboard.now);
        assertEquals(NonBlockingReader.EOF, reader.read(100), "a key arriving after the timeout is not read");
        assertEquals(NonBlockingReader.EOF, reader.peek(100));
    }

    @Test
    void aShortReadBeforeTheLimitJustExpires() throws IOException {
        NonBlockingReader reader = reader(Duration.ofSeconds(2));
        assertEquals(NonBlockingReader.READ_EXPIRED, reader.read(1500));
        assertEquals(NonBlockingReader.READ_EXPIRED, reader.peek(400));
        assertEquals(NonBlockingReader.EOF, reader.read(1000), "the third read crosses the 2 s limit");
        assertEquals(2 * SECOND, keyboard.now);
    }

    @Test
    void everyKeyStartsTheIdleTimeAgain() throws IOException {
        for (int i = 1; i <= 20; i++) {
            keyboard.keyAt(1.5 * i, 'a');
        }
        NonBlockingReader reader = reader(Duration.ofSeconds(2));
        for (int i = 1; i <= 20; i++) {
            assertEquals('a', poll(reader), "key " + i);
        }
        assertEquals(NonBlockingReader.EOF, poll(reader));
        assertEquals(32 * SECOND, keyboard.now, "2 s after the last key (at 30 s)");
        assertEquals(20, keysSeen.get());
    }

    @Test
    void aKeySeenByAPeekCountsAsInput() throws IOException {
        keyboard.keyAt(1.9, '[');
        NonBlockingReader reader = reader(Duration.ofSeconds(2));
        assertEquals(NonBlockingReader.READ_EXPIRED, reader.read(1800));
        assertEquals('[', reader.peek(1000));
        assertEquals('[', reader.read(100));
        assertEquals(NonBlockingReader.READ_EXPIRED, reader.read(1500), "3.4 s, but only 1.5 s since the key");
        assertEquals(NonBlockingReader.EOF, poll(reader));
        assertEquals((long) (3.9 * SECOND), keyboard.now);
    }

    @Test
    void timeSpentRunningACommandBetweenReadsIsNotIdleTime() throws IOException {
        keyboard.keyAt(1, '\r');
        NonBlockingReader reader = reader(Duration.ofSeconds(2));
        assertEquals('\r', poll(reader));
        keyboard.now += 60 * SECOND; // a long command runs; nobody reads the keyboard
        long prompt = keyboard.now;
        assertEquals(NonBlockingReader.READ_EXPIRED, reader.read(100), "back at the prompt the session is not cut");
        assertEquals(NonBlockingReader.EOF, poll(reader));
        assertEquals(prompt + 2 * SECOND, keyboard.now, "the idle time counts from the prompt");
    }

    @Test
    void execTimeoutZeroNeverEnds() throws IOException {
        keyboard.keyAt(36_000, 'k');
        NonBlockingReader reader = reader(Duration.ZERO);
        assertEquals('k', poll(reader), "ten hours of polling");
        keyboard.keyAt(72_000, 'j');
        assertEquals('j', reader.read());
        assertEquals(0L, keyboard.timeoutsAsked.get(keyboard.timeoutsAsked.size() - 1),
                "a blocking read stays blocking, with no deadline of its own");
    }

    @Test
    void theLimitIsTakenWhenAWaitStartsAndAChangeAppliesFromTheNextKey() throws IOException {
        AtomicReference<Duration> limit = new AtomicReference<>(Duration.ofSeconds(10));
        NonBlockingReader reader = new IdleTimeoutReader(keyboard, limit::get, () -> { }, () -> keyboard.now);
        keyboard.keyAt(5, 'a');
        assertEquals(NonBlockingReader.READ_EXPIRED, reader.read(4000));
        limit.set(Duration.ofSeconds(2));
        assertEquals('a', poll(reader), "the wait that started under 10 s keeps it");
        assertEquals(NonBlockingReader.EOF, poll(reader));
        assertEquals(7 * SECOND, keyboard.now, "the next wait uses the new 2 s");
    }

    @Test
    void bufferedReadsKeepTheSameClock() throws IOException {
        keyboard.keyAt(1, 'a');
        NonBlockingReader reader = reader(Duration.ofSeconds(2));
        char[] buffer = new char[8];
        assertEquals(1, reader.readBuffered(buffer, 0, 8, 0));
        assertEquals('a', buffer[0]);
        assertEquals(NonBlockingReader.EOF, reader.readBuffered(buffer, 0, 8, 0));
        assertEquals(3 * SECOND, keyboard.now);
        assertEquals(1, keysSeen.get());
    }
}
