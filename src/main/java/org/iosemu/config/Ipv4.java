package org.iosemu.config;

/** Dotted-quad IPv4 helpers (addresses are kept as their canonical dotted text in the model). */
public final class Ipv4 {
    private Ipv4() {}

    public static boolean isValid(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** IOS prints addresses without leading zeros: {@code 010.1.1.1} becomes {@code 10.1.1.1}. */
    public static String canonical(String text) {
        String[] parts = text.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(i == 0 ? "" : ".").append(Integer.parseInt(parts[i]));
        }
        return b.toString();
    }

    public static long toLong(String text) {
        long v = 0;
        for (String p : text.split("\\.")) {
            v = (v << 8) | Integer.parseInt(p);
        }
        return v;
    }

    /** The dotted text of a 32-bit address held in a long. */
    public static String format(long v) {
        return ((v >>> 24) & 255) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
    }

    /** A netmask is a run of ones followed by zeros. */
    public static boolean isContiguousMask(String mask) {
        long m = toLong(mask);
        long inverted = ~m & 0xFFFFFFFFL;
        return (inverted & (inverted + 1)) == 0;
    }
}
