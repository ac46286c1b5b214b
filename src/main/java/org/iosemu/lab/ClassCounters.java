package org.iosemu.lab;

import org.iosemu.net.OutputQueue;

/**
 * What one class of an interface's output policy has seen, for `show policy-map interface`: packets it matched
 * (offered), sent, dropped (tail drops, and a priority class's drops above its rate), how many wait now, and
 * the offered and drop rates over the last five minutes (per-second buckets on the lab clock).
 */
final class ClassCounters implements OutputQueue.TransmitListener {

    private static final int WINDOW_SECONDS = 300;

    private final LabTime time;
    private final long[] offeredBits = new long[WINDOW_SECONDS];
    private final long[] droppedBits = new long[WINDOW_SECONDS];
    private final long[] bucketSecond = new long[WINDOW_SECONDS];
    private final long startSecond;
    long matchedPackets;
    long matchedBytes;
    long outputPackets;
    long outputBytes;
    long drops;
    long exceedDrops;
    int depth;

    ClassCounters(LabTime time) {
        this.time = time;
        this.startSecond = time.now() / 1000;
    }

    synchronized void matched(int bytes) {
        matchedPackets++;
        matchedBytes += bytes;
        bucket(offeredBits, bytes);
    }

    @Override
    public synchronized void transmitted(int bytes) {
        outputPackets++;
        outputBytes += bytes;
    }

    @Override
    public synchronized void dropped(int bytes) {
        drops++;
        bucket(droppedBits, bytes);
    }

    @Override
    public synchronized void exceeded(int bytes) {
        exceedDrops++;
        drops++;
        bucket(droppedBits, bytes);
    }

    @Override
    public synchronized void queued() {
        depth++;
    }

    @Override
    public synchronized void dequeued() {
        depth--;
    }

    private void bucket(long[] bits, int bytes) {
        long second = time.now() / 1000;
        int i = (int) (second % WINDOW_SECONDS);
        if (bucketSecond[i] != second) {
            bucketSecond[i] = second;
            offeredBits[i] = 0;
            droppedBits[i] = 0;
        }
        bits[i] += bytes * 8L;
    }

    synchronized org.iosemu.cli.session.QosClassStats stats() {
        return new org.iosemu.cli.session.QosClassStats(matchedPackets, matchedBytes, offeredRate(), dropRate(), depth,
                drops, exceedDrops, outputPackets, outputBytes);
    }

    /** Bits per second over the last five minutes (or since the counters started, when that is shorter). */
    synchronized long offeredRate() {
        return rate(offeredBits);
    }

    synchronized long dropRate() {
        return rate(droppedBits);
    }

    private long rate(long[] bits) {
        long now = time.now() / 1000;
        long sum = 0;
        for (int i = 0; i < WINDOW_SECONDS; i++) {
            if (now - bucketSecond[i] < WINDOW_SECONDS) {
                sum += bits[i];
            }
        }
        long seconds = Math.max(1, Math.min(WINDOW_SECONDS, now - startSecond));
        return sum / seconds;
    }
}
