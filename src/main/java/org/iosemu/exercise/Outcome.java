package org.iosemu.exercise;

/** The result of one check: whether it held, and what was expected and observed (for the learner). */
public record Outcome(boolean passed, String expected, String observed) {

    public static Outcome of(boolean passed, String expected, String observed) {
        return new Outcome(passed, expected, observed);
    }
}
