package org.iosemu.config;

import java.util.Locale;

/** Standard lists match the source address only; extended lists match protocol, addresses and ports. */
public enum AclType {
    STANDARD,
    EXTENDED;

    /** Numbered lists: 1-99/1300-1999 standard, 100-199/2000-2699 extended. */
    public static AclType ofNumber(int number) {
        return (number >= 1 && number <= 99) || (number >= 1300 && number <= 1999) ? STANDARD : EXTENDED;
    }

    /** Whether {@code number} is a numbered list of this type. */
    public boolean numberInRange(int number) {
        return this == STANDARD ? (number >= 1 && number <= 99) || (number >= 1300 && number <= 1999)
                : (number >= 100 && number <= 199) || (number >= 2000 && number <= 2699);
    }

    /** `standard` / `extended`, as in `ip access-list standard NAME`. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** `Standard` / `Extended`, as in `Standard IP access list NAME`. */
    public String title() {
        return this == STANDARD ? "Standard" : "Extended";
    }
}
