package org.iosemu.cli.lang;

/** How one word resolved at one point of the walk. */
sealed interface WordMatch {

    /** The word is this token; {@code edgeMask} selects the edges of that token that accept it. */
    record Matched(int tokenType, long edgeMask) implements WordMatch {
    }

    /** Abbreviation of two or more visible keywords. */
    record Ambiguous() implements WordMatch {
    }

    /** Nothing accepts the word; the caret goes {@code caretOffset} characters into it. */
    record NoMatch(int caretOffset) implements WordMatch {
    }
}
