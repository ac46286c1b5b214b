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
