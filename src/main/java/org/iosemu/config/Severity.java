package org.iosemu.config;

import java.util.Optional;

/** Syslog severities as IOS names them (`logging buffered warnings`, `%SYS-5-CONFIG_I` carries 5). */
public enum Severity {
    EMERGENCIES, ALERTS, CRITICAL, ERRORS, WARNINGS, NOTIFICATIONS, INFORMATIONAL, DEBUGGING;

    public int level() {
        return ordinal();
    }

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final java.util.regex.Pattern MESSAGE_SEVERITY = java.util.regex.Pattern.compile("%[A-Z0-9_]+-([0-7])-");

    /**
     * The severity of a logged line: a syslog message carries it (`%SYS-5-CONFIG_I`); anything else is debug
     * output, which IOS logs at `debugging`.
     */
    public static Severity ofLine(String line) {
        java.util.regex.Matcher m = MESSAGE_SEVERITY.matcher(line);
        return m.find() ? ofLevel(Integer.parseInt(m.group(1))) : DEBUGGING;
    }

    /** A syslog message rather than debug output (only those go to syslog hosts). */
    public static boolean isSyslogMessage(String line) {
        return MESSAGE_SEVERITY.matcher(line).find();
    }

    public static Severity ofLevel(int level) {
        return values()[level];
    }

    public static Optional<Severity> ofKeyword(String keyword) {
        for (Severity s : values()) {
            if (s.keyword().equals(keyword)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
