package org.iosemu.config;

import java.util.Locale;
import java.util.Optional;

/** Interface types the emulator knows, in the order IOS lists them in show running-config. */
public enum InterfaceType {
    LOOPBACK("Loopback", "Lo", false),
    TUNNEL("Tunnel", "Tu", false),
    ETHERNET("Ethernet", "Et", true),
    FAST_ETHERNET("FastEthernet", "Fa", true),
    GIGABIT_ETHERNET("GigabitEthernet", "Gi", true),
    SERIAL("Serial", "Se", true),
    DIALER("Dialer", "Di", false),
    VIRTUAL_TEMPLATE("Virtual-Template", "Vt", false),
    /** NVI0, the NAT virtual interface an Easy VPN remote in network-extension mode brings up; never configured. */
    NVI("NVI", "NV", false),
    /** Null0: always up, discards what is routed to it; exists only as a route's exit (`interface Null0` is not emulated). */
    NULL("Null", "Nu", false);

    private final String canonical;
    private final String shortName;
    private final boolean physical;

    InterfaceType(String canonical, String shortName, boolean physical) {
        this.canonical = canonical;
        this.shortName = shortName;
        this.physical = physical;
    }

    public String canonical() {
        return canonical;
    }

    /** The two-letter form IOS's narrow tables use (`show interfaces description`: `Fa0`, `Lo0`, `Tu0`). */
    public String shortName() {
        return shortName;
    }

    /** Physical ports always exist and cannot be deleted; logical ones are created and removed by config. */
    public boolean physical() {
        return physical;
    }

    /** Whether `duplex`/`speed` apply (and show run prints them). */
    public boolean hasSpeedAndDuplex() {
        return this == FAST_ETHERNET || this == GIGABIT_ETHERNET;
    }

    /** Case-insensitive lookup of a complete type name (the resolver already expanded abbreviations). */
    public static Optional<InterfaceType> fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (InterfaceType t : values()) {
            if (t.canonical.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
