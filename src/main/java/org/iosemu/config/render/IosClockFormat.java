package org.iosemu.config.render;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.iosemu.config.ClockSettings;

/**
 * The long clock form used by `show clock` and config change stamps: {@code 00:20:29 UTC Fri Mar 1 2002},
 * in the configured time zone (its name replaces UTC, summer time's name while it is in effect).
 */
public final class IosClockFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d yyyy", Locale.ENGLISH);

    private IosClockFormat() {}

    public static String seconds(long epochMillis) {
        return seconds(epochMillis, ClockSettings.UTC);
    }

    public static String millis(long epochMillis) {
        return millis(epochMillis, ClockSettings.UTC);
    }

    public static String seconds(long epochMillis, ClockSettings clock) {
        return format(clock.at(epochMillis), TIME);
    }

    public static String millis(long epochMillis, ClockSettings clock) {
        return format(clock.at(epochMillis), TIME_MILLIS);
    }

    private static String format(ClockSettings.Reading r, DateTimeFormatter time) {
        return time.format(r.time()) + " " + r.zoneName() + " " + DATE.format(r.time());
    }
}
