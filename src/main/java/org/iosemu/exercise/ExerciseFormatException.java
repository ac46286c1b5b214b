package org.iosemu.exercise;

/** A mistake in an exercise file; the message is {@code FILE:LINE: message}, as the router reports a bad config line. */
public final class ExerciseFormatException extends Exception {
    public ExerciseFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
