package org.iosemu.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** IOS log/debug timestamps (`service timestamps ... datetime msec`): {@code *Mar  1 00:00:10.004}. */
public final class IosTimestamp {

    /** IOS boots an unset clock at 00:00 on March 1 2002 (UTC); the `*` says it is not authoritative. */
    public static final long IOS_BOOT_EPOCH_MILLIS = Instant.parse("2002-03-01T00:00:00Z").toEpochMilli();

    private IosTimestamp() {}

    /** The datetime form with milliseconds, prefixed with `*` when the clock was never set. */
    public static String datetimeMsec(long epochMillis, boolean authoritative) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
        String month = t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return String.format(Locale.ROOT, "%s%s %2d %02d:%02d:%02d.%03d", authoritative ? "" : "*", month,
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000);
    }
}
