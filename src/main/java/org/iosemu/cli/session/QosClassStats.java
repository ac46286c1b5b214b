package org.iosemu.cli.session;

/** One class's counters for `show policy-map interface` (all zero on a router without a network). */
public record QosClassStats(long matchedPackets, long matchedBytes, long offeredBps, long dropBps, int depth,
                            long drops, long exceedDrops, long outputPackets, long outputBytes) {

    public static final QosClassStats NONE = new QosClassStats(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
