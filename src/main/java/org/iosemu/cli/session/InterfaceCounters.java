package org.iosemu.cli.session;

import java.util.OptionalLong;

/**
 * An interface's traffic counters since the last `clear counters`, as `show interfaces` prints them: packets
 * and bytes each way, when the last packet went each way (router clock millis), and the 5-minute rates.
 */
public record InterfaceCounters(long packetsIn, long bytesIn, long packetsOut, long bytesOut,
                                OptionalLong lastInputMillis, OptionalLong lastOutputMillis,
                                long inputBitsPerSecond, long inputPacketsPerSecond,
                                long outputBitsPerSecond, long outputPacketsPerSecond, long giants) {

    public InterfaceCounters(long packetsIn, long bytesIn, long packetsOut, long bytesOut,
                             OptionalLong lastInputMillis, OptionalLong lastOutputMillis,
                             long inputBitsPerSecond, long inputPacketsPerSecond,
                             long outputBitsPerSecond, long outputPacketsPerSecond) {
        this(packetsIn, bytesIn, packetsOut, bytesOut, lastInputMillis, lastOutputMillis, inputBitsPerSecond,
                inputPacketsPerSecond, outputBitsPerSecond, outputPacketsPerSecond, 0);
    }

    public static final InterfaceCounters NONE = new InterfaceCounters(0, 0, 0, 0, OptionalLong.empty(),
            OptionalLong.empty(), 0, 0, 0, 0);
}
