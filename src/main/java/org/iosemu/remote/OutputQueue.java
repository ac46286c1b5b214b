package org.iosemu.remote;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded buffer between a session and its socket, drained by its own writer thread. A client that
 * stops reading fills only its own buffer; a writer that then waits longer than the stall timeout
 * gets an IOException and the connection is closed, so no thread waits forever on a dead peer and no
 * other session is affected.
 */
public final class OutputQueue implements AutoCloseable {

    private final OutputStream sink;
    private final byte[] ring;
    private final long stallNanos;
    private final Runnable onFailure;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final Thread writer;
    private int head;
    private int size;
    private boolean closed;

    /**
     * @param onFailure runs once when the sink fails or stalls (e.g. closes the socket so the reader
     *                  side ends too)
     */
    public OutputQueue(OutputStream sink, int capacity, Duration stallTimeout, String threadName, Runnable onFailure) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.ring = new byte[capacity];
        this.stallNanos = stallTimeout.toNanos();
        this.onFailure = onFailure;
        this.writer = new Thread(this::drain, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues bytes; blocks while the buffer is full, at most the stall timeout in total. */
    public void write(byte[] data, int offset, int length) throws IOException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + stallNanos;
            while (length > 0) {
                while (!closed && size == ring.length) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        failLocked();
                        throw new IOException("client stopped reading; output stalled");
                    }
                    notFull.awaitNanos(left);
                }
                if (closed) {
                    throw new IOException("connection closed");
                }
                int tail = (head + size) % ring.length;
                int chunk = Math.min(length, Math.min(ring.length - size, ring.length - tail));
                System.arraycopy(data, offset, ring, tail, chunk);
                size += chunk;
                offset += chunk;
                length -= chunk;
                notEmpty.signal();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while queueing output");
        } finally {
            lock.unlock();
        }
    }

    public void write(byte[] data) throws IOException {
        write(data, 0, data.length);
    }

    /** Waits until everything queued so far went to the socket (or the queue closed). */
    public void drainFully(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!closed && size > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                notFull.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void drain() {
        byte[] chunk = new byte[Math.min(ring.length, 16 * 1024)];
        try {
            while (true) {
                int n;
                lock.lock();
                try {
                    while (!closed && size == 0) {
                        notEmpty.await();
                    }
                    if (size == 0) {
                        return;
                    }
                    n = Math.min(size, Math.min(chunk.length, ring.length - head));
                    System.arraycopy(ring, head, chunk, 0, n);
                } finally {
                    lock.unlock();
                }
                sink.write(chunk, 0, n);
                sink.flush();
                lock.lock();
                try {
                    head = (head + n) % ring.length;
                    size -= n;
                    notFull.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException | InterruptedException e) {
            lock.lock();
            try {
                failLocked();
            } finally {
                lock.unlock();
            }
        }
    }

    private void failLocked() {
        if (!closed) {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
            if (onFailure != null) {
                onFailure.run();
            }
        }
    }
}
