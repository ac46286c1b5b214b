package org.iosemu.lab;

import java.util.Locale;

/** Time spans as IOS prints them in crypto show commands. */
final class Durations {
    private Durations() {}

    /** {@code 23:59:08}. */
    static String hms(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Uptime: {@code 00:01:23} within a day, then {@code 2d03h}, then {@code 7w0d}. */
    static String uptime(long seconds) {
        long days = seconds / 86_400;
        if (days == 0) {
            return hms(seconds);
        }
        if (days < 7) {
            return days + "d" + String.format(Locale.ROOT, "%02d", seconds / 3600 % 24) + "h";
        }
        return days / 7 + "w" + days % 7 + "d";
    }
}
