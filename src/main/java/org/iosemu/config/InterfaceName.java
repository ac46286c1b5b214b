package org.iosemu.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A canonical interface name such as {@code FastEthernet0/0}: a type plus a slot/port number. */
public record InterfaceName(InterfaceType type, String number) implements Comparable<InterfaceName> {

    private static final Pattern TEXT = Pattern.compile("([A-Za-z-]+?)\\s*([0-9][0-9/.:]*)");

    public InterfaceName {
        if (!number.matches("[0-9]+([/:][0-9]+)*(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("bad interface number " + number);
        }
    }

    /** Parses {@code FastEthernet0/1}, {@code fa0/1} or {@code Loopback 0} (unique prefixes of the type). */
    public static Optional<InterfaceName> parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String typed = m.group(1).toLowerCase(java.util.Locale.ROOT);
        InterfaceType match = null;
        for (InterfaceType t : InterfaceType.values()) {
            if (t.canonical().toLowerCase(java.util.Locale.ROOT).startsWith(typed)) {
                match = t; // type names have distinct first letters, so at most one matches
            }
        }
        try {
            return match == null ? Optional.empty() : Optional.of(new InterfaceName(match, m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String canonical() {
        return type.canonical() + number;
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static final Comparator<InterfaceName> ORDER = Comparator
            .comparing(InterfaceName::type)
            .thenComparing((a, b) -> compareNumbers(a.number, b.number));

    private static int compareNumbers(String a, String b) {
        int[] x = Arrays.stream(a.split("[/:.]")).mapToInt(Integer::parseInt).toArray();
        int[] y = Arrays.stream(b.split("[/:.]")).mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(x, y);
    }

    /** IOS order: by type, then numerically by slot/port. */
    @Override
    public int compareTo(InterfaceName o) {
        return ORDER.compare(this, o);
    }
}
