package org.iosemu.cli.command;

import java.util.Optional;

/**
 * IOS's reading of a banner: the first character after the keyword is the delimiter and the text runs to
 * its next occurrence, possibly lines later; anything after the closing delimiter is ignored.
 *
 * <p>A stored configuration writes the delimiter as {@code ^C} (IOS keeps the ETX character there), so a
 * configuration being loaded reads the two characters {@code ^C} as one delimiter. Typed at the CLI,
 * {@code ^C} means the delimiter {@code ^}, as on IOS.
 */
record BannerText(String delimiter, String collected) {

    static final String STORED_DELIMITER = "^C";
    private static final String ETX = "\u0003";

    /** Starts reading at the delimiter ({@code text} is the rest of the command line from it). */
    static BannerText open(String text, boolean loading) {
        String delimiter = loading && text.startsWith(STORED_DELIMITER) ? STORED_DELIMITER
                : text.substring(0, text.offsetByCodePoints(0, 1));
        return new BannerText(delimiter, text.substring(delimiter.length()));
    }

    String delimiterForPrompt() {
        return delimiter.equals(ETX) ? STORED_DELIMITER : delimiter;
    }

    /** The finished text once the closing delimiter has been read. */
    Optional<String> closed() {
        int end = collected.indexOf(delimiter);
        return end < 0 ? Optional.empty() : Optional.of(collected.substring(0, end));
    }

    /** Adds the next typed line (the line break before it is part of the text). */
    BannerText nextLine(String line) {
        return new BannerText(delimiter, collected + "\n" + line);
    }
}
