package org.iosemu.config.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The long clock form used by `show clock` and config change stamps: {@code 00:20:29 UTC Fri Mar 1 2002}. */
public final class IosClockFormat {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' EEE MMM d yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WITH_MILLIS =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC' EEE MMM d yyyy", Locale.ENGLISH);

    private IosClockFormat() {}

    public static String seconds(long epochMillis) {
        return LONG.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }

    public static String millis(long epochMillis) {
        return WITH_MILLIS.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }
}
