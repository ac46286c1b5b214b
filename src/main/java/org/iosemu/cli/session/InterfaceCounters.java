package org.iosemu.cli.session;

import java.util.OptionalLong;

/**
 * An interface's traffic counters since the last `clear counters`, as `show interfaces` and `show ip interface`
 * print them: packets and bytes each way and when the last packet went each way (router clock millis).
 */
public record InterfaceCounters(long packetsIn, long bytesIn, long packetsOut, long bytesOut,
                                OptionalLong lastInputMillis, OptionalLong lastOutputMillis) {

    public static final InterfaceCounters NONE = new InterfaceCounters(0, 0, 0, 0, OptionalLong.empty(), OptionalLong.empty());
}
