package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iosemu.cli.session.InterfaceCounters;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.junit.jupiter.api.Test;

/** Interface counts and IOS's 5-minute rates: they move with traffic, decay without it, and `clear counters` zeroes the counts. */
class TrafficCountersTest {

    private static final InterfaceName FA0 = new InterfaceName(InterfaceType.FAST_ETHERNET, "0");

    @Test
    void countsRatesAndClear() {
        TrafficCounters c = new TrafficCounters();
        for (int second = 0; second < 600; second++) {
            c.output(FA0, 1000, second * 1000L); // 8000 bits/s, 1 packet/s for 10 minutes
        }
        InterfaceCounters busy = c.of(FA0, 600_000);
        assertEquals(600, busy.packetsOut());
        assertEquals(600_000, busy.bytesOut());
        assertEquals(0, busy.packetsIn());
        // after two load intervals the average is 1 - e^-2 = 86% of the offered 8000 bits/s
        assertTrue(busy.outputBitsPerSecond() > 6800 && busy.outputBitsPerSecond() < 7000, busy.toString());
        assertEquals(1, busy.outputPacketsPerSecond());
        InterfaceCounters idle = c.of(FA0, 1_800_000);
        assertTrue(idle.outputBitsPerSecond() < busy.outputBitsPerSecond() / 10, "decays when idle: " + idle);
        c.clear();
        InterfaceCounters cleared = c.of(FA0, 1_800_000);
        assertEquals(0, cleared.packetsOut());
        assertEquals(599_000, cleared.lastOutputMillis().getAsLong(), "the last output time survives the clear");
    }
}
