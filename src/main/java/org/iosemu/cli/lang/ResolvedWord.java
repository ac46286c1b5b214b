package org.iosemu.cli.lang;

/**
 * One resolved word: the token type it became, what was typed, the canonical text (keyword literal, or
 * the value as typed; for LINE the rest of the line) and the column where it starts.
 */
public record ResolvedWord(int tokenType, String typed, String text, int column) {
}
