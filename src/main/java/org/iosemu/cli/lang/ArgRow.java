package org.iosemu.cli.lang;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One help row of an argument slot: the IOS syntax column ({@code <10-3600>}, {@code A.B.C.D},
 * {@code WORD}, {@code LINE}) and its description. The syntax also says which value tokens the row
 * describes and, for numbers, the accepted range.
 */
record ArgRow(String syntax, String description, Set<ValueClass> describes, long low, long high) {

    /** {@code <10-3600>}; IOS writes a range with a negative end with spaces: {@code <-23 - 23>}. */
    private static final Pattern RANGE = Pattern.compile("<(\\d{1,18})-(\\d{1,18})>|<(-?\\d{1,18}) - (-?\\d{1,18})>");

    /** Parses the syntax column; throws IllegalArgumentException for anything IOS would not print. */
    static ArgRow of(String syntax, String description) {
        Matcher range = RANGE.matcher(syntax);
        if (range.matches()) {
            boolean spaced = range.group(1) == null;
            long low = Long.parseLong(range.group(spaced ? 3 : 1));
            long high = Long.parseLong(range.group(spaced ? 4 : 2));
            if (low > high) {
                throw new IllegalArgumentException("empty range " + syntax);
            }
            // a range row describes plain numbers and the leading number of an interface number
            return new ArgRow(syntax, description, EnumSet.of(ValueClass.INT, ValueClass.IFNUM), low, high);
        }
        return switch (syntax) {
            case "A.B.C.D" -> new ArgRow(syntax, description, EnumSet.of(ValueClass.IPV4), 0, 0);
            // IOS lists a host name argument as WORD too
            case "WORD" -> new ArgRow(syntax, description, EnumSet.of(ValueClass.WORD, ValueClass.HOST_NAME), 0, 0);
            case "LINE" -> new ArgRow(syntax, description, EnumSet.of(ValueClass.LINE), 0, 0);
            default -> throw new IllegalArgumentException("unknown argument syntax '" + syntax + "'");
        };
    }

    /** "Up to 240 characters describing this interface", "Comment up to 100 characters". */
    private static final Pattern STATED_LENGTH = Pattern.compile("(?i).*\\bup to (\\d{1,6}) characters\\b.*");

    /** The longest text the help says a LINE row takes, or -1 when it states no limit. */
    int maxLength() {
        if (!describes.contains(ValueClass.LINE)) {
            return -1;
        }
        Matcher stated = STATED_LENGTH.matcher(description);
        return stated.matches() ? Integer.parseInt(stated.group(1)) : -1;
    }

    boolean isRange() {
        return describes.contains(ValueClass.INT);
    }

    /** Does this row accept the word, already known to have the value class's syntax? */
    boolean accepts(ValueClass valueClass, String word) {
        if (!describes.contains(valueClass)) {
            return false;
        }
        if (!isRange()) {
            return true;
        }
        long value = valueClass == ValueClass.IFNUM ? ValueClass.leadingNumber(word) : ValueClass.decimalValue(word);
        return value >= low && value <= high;
    }
}
