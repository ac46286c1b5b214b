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
     * The severity a syslog message carries (`%SYS-5-CONFIG_I` → notifications); empty for debug output, which
     * IOS logs at `debugging` and never sends to syslog hosts.
     */
    public static Optional<Severity> ofMessage(String line) {
        java.util.regex.Matcher m = MESSAGE_SEVERITY.matcher(line);
        return m.find() ? Optional.of(ofLevel(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    /** The level a logged line is filtered at: its own, or `debugging` for debug output. */
    public static Severity ofLine(String line) {
        return ofMessage(line).orElse(DEBUGGING);
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
