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

    /** Month abbreviations as java.time names them in English, looked up once. */
    private static final String[] MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toArray(String[]::new);

    /**
     * The datetime form with milliseconds, prefixed with `*` when the clock was never set. Built by hand,
     * not with String.format: every logged line is stamped.
     */
    public static String datetimeMsec(long epochMillis, boolean authoritative) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(21);
        if (!authoritative) {
            b.append('*');
        }
        b.append(MONTHS[t.getMonthValue() - 1]).append(' ');
        pad(b, t.getDayOfMonth(), 2, ' ');
        b.append(' ');
        pad(b, t.getHour(), 2, '0');
        b.append(':');
        pad(b, t.getMinute(), 2, '0');
        b.append(':');
        pad(b, t.getSecond(), 2, '0');
        b.append('.');
        pad(b, t.getNano() / 1_000_000, 3, '0');
        return b.toString();
    }

    private static void pad(StringBuilder b, int value, int width, char fill) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append(fill);
        }
        b.append(digits);
    }
}
