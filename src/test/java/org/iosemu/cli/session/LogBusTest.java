package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.iosemu.config.TimestampFormat;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

class LogBusTest {

    private final VirtualScheduler clock = new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
    private final LogBus bus = new LogBus(clock, IosTimestamp.IOS_BOOT_EPOCH_MILLIS, Optional::empty, Optional::empty);

    private String stamp(TimestampFormat f) {
        return bus.stamp(Optional.of(f));
    }

    @Test
    void datetimeVariants() {
        clock.advance(10_004);
        assertEquals("*Mar  1 00:00:10.004: ", stamp(TimestampFormat.DATETIME_MSEC));
        assertEquals("*Mar  1 00:00:10: ", stamp(new TimestampFormat(true, false, false, false, false)));
        assertEquals("*Mar  1 2002 00:00:10.004 UTC: ", stamp(new TimestampFormat(true, true, true, true, true)));
        assertEquals("", bus.stamp(Optional.empty()));
    }

    @Test
    void uptimeVariants() {
        clock.advance(3_723_000);
        assertEquals("01:02:03: ", stamp(TimestampFormat.UPTIME));
        clock.advance(26L * 3600_000);
        assertEquals("1d03h: ", stamp(TimestampFormat.UPTIME));
    }
}
