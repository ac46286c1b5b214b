package org.iosemu.cli.lang;

/** One whitespace-separated word of a typed line and the column where it starts. */
record Word(String text, int column) {

    int end() {
        return column + text.length();
    }
}
