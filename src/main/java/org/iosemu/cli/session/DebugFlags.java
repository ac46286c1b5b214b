package org.iosemu.cli.session;

import java.util.EnumSet;
import java.util.Set;

/** The `debug ...` switches of one router; the engine's (and TCP's) debug lines only reach the log bus when on. */
public final class DebugFlags {

    /** Debug categories this image knows, in `show debugging` order, with the words IOS says them in. */
    public enum Flag {
        ISAKMP("Crypto ISAKMP"), IPSEC("Crypto IPSEC"), EZVPN("EzVPN"), TCP_TRANSACTIONS("TCP special event");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        /** `Crypto ISAKMP` in `Crypto ISAKMP debugging is on`. */
        public String label() {
            return label;
        }

        /** Listed under `Cryptographic Subsystem:` in `show debugging`. */
        boolean crypto() {
            return this != TCP_TRANSACTIONS;
        }
    }

    private final EnumSet<Flag> on = EnumSet.noneOf(Flag.class);

    public synchronized void set(Flag f, boolean enable) {
        if (enable) {
            on.add(f);
        } else {
            on.remove(f);
        }
    }

    public synchronized void setAll(boolean enable) {
        if (enable) {
            on.addAll(EnumSet.allOf(Flag.class));
        } else {
            on.clear();
        }
    }

    public synchronized boolean isOn(Flag f) {
        return on.contains(f);
    }

    public synchronized Set<Flag> enabled() {
        return EnumSet.copyOf(on);
    }
}
