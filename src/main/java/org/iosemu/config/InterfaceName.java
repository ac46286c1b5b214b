package org.iosemu.config;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A canonical interface name such as {@code FastEthernet0/0}: a type plus a slot/port number. */
public record InterfaceName(InterfaceType type, String number) implements Comparable<InterfaceName> {

    private static final Pattern TEXT = Pattern.compile("([A-Za-z-]+?)\\s*([0-9][0-9/.:]*)");

    private static final Pattern NUMBER = Pattern.compile("[0-9]+([/:][0-9]+)*(\\.[0-9]+)?");

    public InterfaceName {
        if (!NUMBER.matcher(number).matches()) {
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
            if (t != InterfaceType.NVI && t.canonical().toLowerCase(java.util.Locale.ROOT).startsWith(typed)) {
                match = t; // type names have distinct first letters (NVI0 is never typed), so at most one matches
            }
        }
        try {
            return match == null ? Optional.empty() : Optional.of(new InterfaceName(match, m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A subinterface such as {@code FastEthernet0.10}: logical, so it can be deleted, unlike its port. */
    public boolean subinterface() {
        return number.indexOf('.') >= 0;
    }

    /** Whether `duplex`/`speed` apply (and show run prints them): an Ethernet port, not its subinterfaces. */
    public boolean hasSpeedAndDuplex() {
        return type.hasSpeedAndDuplex() && !subinterface();
    }

    /** {@code Fa0/1.100}: the short type name with the number. */
    public String shortName() {
        return type.shortName() + number;
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

    /**
     * Compares two validated numbers such as {@code 0/1.100} part by part, numerically, like comparing
     * their int arrays, but scanning the strings in place: interface names are compared on every lookup
     * and insert, so this must not split, allocate or parse into objects.
     */
    static int compareNumbers(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = partEnd(a, i);
            int endB = partEnd(b, j);
            int c = compareDigits(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            i = endA + 1; // skip the separator
            j = endB + 1;
        }
        return Boolean.compare(i < a.length(), j < b.length()); // equal so far: more parts sorts later
    }

    private static int partEnd(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        return k;
    }

    /** Numeric order of two digit runs, leading zeros ignored (as Integer.parseInt would). */
    private static int compareDigits(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        int byLength = Integer.compare(endA - i, endB - j);
        if (byLength != 0) {
            return byLength;
        }
        for (; i < endA; i++, j++) {
            int c = Character.compare(a.charAt(i), b.charAt(j));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** IOS order: by type, then numerically by slot/port. */
    @Override
    public int compareTo(InterfaceName o) {
        return ORDER.compare(this, o);
    }
}
