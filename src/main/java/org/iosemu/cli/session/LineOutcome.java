package org.iosemu.cli.session;

/**
 * Whether a submitted line was accepted; a rejected line carries the IOS error text (first line). A
 * skipped line was not looked at: it is indented under a configuration line that was rejected.
 */
public record LineOutcome(boolean rejected, String message, boolean skipped) {

    public static final LineOutcome ACCEPTED = new LineOutcome(false, "", false);
    public static final LineOutcome SKIPPED = new LineOutcome(false, "", true);

    public LineOutcome(boolean rejected, String message) {
        this(rejected, message, false);
    }

    public static LineOutcome rejected(String message) {
        return new LineOutcome(true, message, false);
    }
}
