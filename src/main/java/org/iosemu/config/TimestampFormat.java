package org.iosemu.config;

/** `service timestamps debug|log ...`: uptime, or datetime with its options. */
public record TimestampFormat(boolean datetime, boolean msec, boolean localtime, boolean showTimezone, boolean year) {

    public static final TimestampFormat UPTIME = new TimestampFormat(false, false, false, false, false);
    /** IOS factory default for both debug and log. */
    public static final TimestampFormat DATETIME_MSEC = new TimestampFormat(true, true, false, false, false);

    /** The words after `service timestamps debug|log`, in IOS order. */
    public String render() {
        if (!datetime) {
            return "uptime";
        }
        StringBuilder b = new StringBuilder("datetime");
        if (msec) {
            b.append(" msec");
        }
        if (localtime) {
            b.append(" localtime");
        }
        if (year) {
            b.append(" year");
        }
        if (showTimezone) {
            b.append(" show-timezone");
        }
        return b.toString();
    }
}
