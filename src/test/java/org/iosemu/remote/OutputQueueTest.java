package org.iosemu.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OutputQueueTest {

    @Test
    void deliversEverythingInOrderThroughASmallRing() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] data = new byte[300_000];
        new Random(1).nextBytes(data);
        try (OutputQueue queue = new OutputQueue(sink, 1024, Duration.ofSeconds(5), "test", null)) {
            for (int offset = 0; offset < data.length; offset += 777) {
                queue.write(data, offset, Math.min(777, data.length - offset));
            }
            queue.drainFully(Duration.ofSeconds(5));
        }
        synchronized (sink) {
            assertArrayEquals(data, sink.toByteArray());
        }
    }

    @Test
    void aSinkThatNeverAcceptsDataFailsTheWriterAfterTheStallTimeout() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        OutputStream stuck = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        try (OutputQueue queue = new OutputQueue(stuck, 1024, Duration.ofMillis(300), "test", failed::countDown)) {
            long start = System.nanoTime();
            assertThrows(IOException.class, () -> queue.write(new byte[10_000]));
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(250));
            assertTrue(failed.await(1, TimeUnit.SECONDS), "onFailure runs so the socket gets closed");
            assertThrows(IOException.class, () -> queue.write(new byte[1]));
        } finally {
            never.countDown();
        }
    }
}
