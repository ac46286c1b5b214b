package org.iosemu.cli.session;

/** Whether a submitted line was accepted; a rejected line carries the IOS error text (first line). */
public record LineOutcome(boolean rejected, String message) {

    public static final LineOutcome ACCEPTED = new LineOutcome(false, "");

    public static LineOutcome rejected(String message) {
        return new LineOutcome(true, message);
    }
}
