package org.iosemu.cli.terminal;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Splits a line into words at blanks and nothing else. JLine's default parser gives quotes and
 * backslashes a meaning (and may ask for a continuation line on an unbalanced quote); IOS does not,
 * so a typed {@code description it's "ours"} must reach the session unchanged.
 */
final class IosLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        List<String> words = new ArrayList<>();
        int wordIndex = -1;
        int wordCursor = 0;
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean blank = i == line.length() || Character.isWhitespace(line.charAt(i));
            if (!blank && start < 0) {
                start = i;
            }
            if (blank && start >= 0) {
                if (cursor >= start && cursor <= i) {
                    wordIndex = words.size();
                    wordCursor = cursor - start;
                }
                words.add(line.substring(start, i));
                start = -1;
            }
        }
        if (wordIndex < 0) {
            // The cursor sits in blanks: it starts a new, empty word.
            wordIndex = words.size();
            words.add("");
            wordCursor = 0;
        }
        return new Words(line, cursor, List.copyOf(words), wordIndex, wordCursor);
    }

    /** Escape handling is off: every character is literal. */
    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    private record Words(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
            implements CompletingParsedLine {
        @Override
        public String word() {
            return words.get(wordIndex);
        }

        /** Nothing is ever escaped, so a candidate is inserted as it is. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
