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
    LINE;

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
        };
    }

    /** Could {@code partial} still grow into a value of this class? (for `?` right after a partial word) */
    boolean acceptsPrefix(String partial) {
        return switch (this) {
            case INT -> partial.equals("-") || isDecimal(partial, partial.startsWith("-") ? 1 : 0, partial.length());
            case IPV4, IFNUM -> partial.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '/')
                    && !partial.isEmpty() && Character.isDigit(partial.charAt(0));
            case WORD, LINE -> true;
        };
    }

    /** Value of a decimal word, or -1 when it has too many digits to be in any range we know. */
    static long decimalValue(String word) {
        if (word.startsWith("-")) {
            // only a range with a negative low end (`<-23 - 23>`) can hold it; too many digits is out of all
            long magnitude = decimalValue(word.substring(1));
            return magnitude < 0 ? Long.MAX_VALUE : -magnitude;
        }
        String digits = stripLeadingZeros(word);
        if (digits.length() > 18) {
            return -1;
        }
        return Long.parseLong(digits);
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

    private static boolean isInterfaceNumber(String word) {
        // slot/port numbers separated by '/', optionally a '.subinterface' at the end
        int dot = word.indexOf('.');
        String main = dot < 0 ? word : word.substring(0, dot);
        if (dot >= 0 && !isDecimal(word, dot + 1, word.length())) {
            return false;
        }
        int start = 0;
        int parts = 0;
        while (true) {
            int slash = main.indexOf('/', start);
            int end = slash < 0 ? main.length() : slash;
            if (end - start > 10 || !isDecimal(main, start, end)) {
                return false;
            }
            parts++;
            if (slash < 0) {
                return parts <= 4;
            }
            start = slash + 1;
        }
    }
}
