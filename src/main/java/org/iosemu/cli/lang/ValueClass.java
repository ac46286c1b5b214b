package org.iosemu.cli.lang;

import java.util.Optional;

/**
 * The value tokens of the grammar and the syntax each accepts. They have no lexer rules: a word is
 * classified here, in grammar context, after keywords have had their chance.
 */
enum ValueClass {
    /** Decimal number, possibly negative; its range comes from the argument rule's help rows. */
    INT,
    /** Dotted quad, each octet 0-255. */
    IPV4,
    /** Interface number: {@code 0}, {@code 0/1}, {@code 1/0/2}, {@code 0/0.100}. */
    IFNUM,
    /** Any single word. */
    WORD,
    /** The rest of the line from this word on. */
    LINE,
    /**
     * A host name as IOS takes it (RFC 1123): dot-separated labels of letters, digits and hyphens, each
     * 1-63 characters, not starting or ending with a hyphen, at most 255 in all; the last label is not
     * all digits, so a mistyped address ({@code 999.1.1.1}, {@code 1.1.1}) is not taken for a name.
     */
    HOST_NAME;

    static Optional<ValueClass> forTokenName(String tokenName) {
        for (ValueClass value : values()) {
            if (value.name().equals(tokenName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Syntax check only; INT ranges are applied by the caller. */
    boolean accepts(String word) {
        return switch (this) {
            case INT -> isDecimal(word, word.startsWith("-") ? 1 : 0, word.length());
            case IPV4 -> isIpv4(word);
            case IFNUM -> isInterfaceNumber(word);
            case WORD, LINE -> !word.isEmpty();
            case HOST_NAME -> isHostName(word);
        };
    }

    /** Could {@code partial} still grow into a value of this class? (for `?` right after a partial word) */
    boolean acceptsPrefix(String partial) {
        return switch (this) {
            case INT -> partial.equals("-") || isDecimal(partial, partial.startsWith("-") ? 1 : 0, partial.length());
            case IPV4, IFNUM -> partial.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '/')
                    && !partial.isEmpty() && Character.isDigit(partial.charAt(0));
            case WORD, LINE, HOST_NAME -> true;
        };
    }

    /**
     * Value of a decimal word, saturated at Long.MIN_VALUE / Long.MAX_VALUE when it has more digits than
     * any range in the catalogue (those ends have at most 18 digits), so it is out of every range and
     * never wraps into one (9223372036854775808 is not -1 nor negative).
     */
    static long decimalValue(String word) {
        boolean negative = word.startsWith("-");
        String digits = stripLeadingZeros(negative ? word.substring(1) : word);
        if (digits.isEmpty()) {
            return 0;
        }
        if (digits.length() > 18) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        long magnitude = Long.parseLong(digits);
        return negative ? -magnitude : magnitude;
    }

    /** First number of an interface number ({@code 1} of {@code 1/0.100}). */
    static long leadingNumber(String word) {
        int end = 0;
        while (end < word.length() && Character.isDigit(word.charAt(end))) {
            end++;
        }
        return decimalValue(word.substring(0, end));
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static boolean isDecimal(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostName(String word) {
        if (word.isEmpty() || word.length() > 255) {
            return false;
        }
        boolean lastAllDigits = false;
        int start = 0;
        while (start <= word.length()) {
            int dot = word.indexOf('.', start);
            int end = dot < 0 ? word.length() : dot;
            if (dot == word.length() - 1 && dot > 0) {
                end = dot;   // one trailing dot (the root) is allowed: "host.example."
            }
            int length = end - start;
            if (length < 1 || length > 63 || word.charAt(start) == '-' || word.charAt(end - 1) == '-') {
                return false;
            }
            boolean allDigits = true;
            for (int i = start; i < end; i++) {
                char c = word.charAt(i);
                boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                boolean digit = c >= '0' && c <= '9';
                if (!letter && !digit && c != '-') {
                    return false;
                }
                allDigits &= digit;
            }
            lastAllDigits = allDigits;
            if (dot < 0 || dot == word.length() - 1) {
                break;
            }
            start = dot + 1;
        }
        return !lastAllDigits;
    }

    private static boolean isIpv4(String word) {
        int octets = 0;
        int start = 0;
        while (true) {
            int dot = word.indexOf('.', start);
            int end = dot < 0 ? word.length() : dot;
            if (end - start > 3 || !isDecimal(word, start, end)) {
                return false;
            }
            if (Integer.parseInt(word, start, end, 10) > 255) {
                return false;
            }
            octets++;
            if (dot < 0) {
                return octets == 4;
            }
            if (octets == 4) {
                return false;
            }
            start = dot + 1;
        }
    }

    /** IOS: {@code interface FastEthernet0.?} offers {@code <0-4294967295>}. */
    static final long MAX_SUBINTERFACE = 4_294_967_295L;

    private static boolean isInterfaceNumber(String word) {
        // slot/port numbers separated by '/', optionally a '.subinterface' at the end
        int dot = word.indexOf('.');
        String main = dot < 0 ? word : word.substring(0, dot);
        if (dot >= 0 && (!isDecimal(word, dot + 1, word.length())
                || decimalValue(word.substring(dot + 1)) > MAX_SUBINTERFACE)) {
            return false;
        }
        int start = 0;
        int parts = 0;
        while (true) {
            int slash = main.indexOf('/', start);
            int end = slash < 0 ? main.length() : slash;
            if (!isDecimal(main, start, end) || (parts > 0 && decimalValue(main.substring(start, end)) > Integer.MAX_VALUE)) {
                return false;   // the first number is range-checked by the caller, the others here
            }
            parts++;
            if (slash < 0) {
                return parts <= 4;
            }
            start = slash + 1;
        }
    }
}
