package org.iosemu.net;

/**
 * What a lab link does to the packets crossing it, the same in both directions: the largest packet it carries
 * in one piece ({@code mtu} bytes; a longer one crosses as fragments), its rate ({@code bandwidthKbps}, 0 for a
 * link too fast to ever queue), its one-way {@code delayMillis}, and the percentage of packets (fragments) it
 * loses at random.
 */
public record LinkProperties(int mtu, long bandwidthKbps, long delayMillis, int lossPercent) {

    /** The lab network as it always was: 1 ms one way, never slow, never lossy (existing transcripts rely on it). */
    public static final LinkProperties DEFAULT = new LinkProperties(1500, 0, 1, 0);

    public static final int MIN_MTU = 68;
    public static final int MAX_MTU = 18024;
    public static final long MAX_BANDWIDTH_KBPS = 10_000_000;
    public static final long MAX_DELAY_MILLIS = 60_000;

    public LinkProperties {
        if (mtu < MIN_MTU || mtu > MAX_MTU || bandwidthKbps < 0 || bandwidthKbps > MAX_BANDWIDTH_KBPS
                || delayMillis < 0 || delayMillis > MAX_DELAY_MILLIS || lossPercent < 0 || lossPercent > 100) {
            throw new IllegalArgumentException("link property out of range");
        }
    }

    public LinkProperties withMtu(int value) {
        return new LinkProperties(value, bandwidthKbps, delayMillis, lossPercent);
    }

    public LinkProperties withBandwidthKbps(long value) {
        return new LinkProperties(mtu, value, delayMillis, lossPercent);
    }

    public LinkProperties withDelayMillis(long value) {
        return new LinkProperties(mtu, bandwidthKbps, value, lossPercent);
    }

    public LinkProperties withLossPercent(int value) {
        return new LinkProperties(mtu, bandwidthKbps, delayMillis, value);
    }

    /** True when a packet never waits: no serialization delay, so no queue. */
    public boolean unlimited() {
        return bandwidthKbps == 0;
    }

    /** Microseconds {@code bytes} take onto the wire at this rate (0 on an unlimited link). */
    public long serializationMicros(long bytes) {
        return unlimited() ? 0 : (bytes * 8 * 1000 + bandwidthKbps - 1) / bandwidthKbps;
    }

    /** How many pieces a packet of {@code length} bytes crosses in: IPv4 fragments carry multiples of 8 data bytes. */
    public int fragments(int length) {
        if (length <= mtu) {
            return 1;
        }
        int perFragment = (mtu - 20) / 8 * 8;
        return (length - 20 + perFragment - 1) / perFragment;
    }
}
