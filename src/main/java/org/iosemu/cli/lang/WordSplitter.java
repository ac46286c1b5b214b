package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.List;

/** Splits a typed line into words at blanks; any character IOS would not treat as a word breaks it. */
final class WordSplitter {

    private WordSplitter() {
    }

    static List<Word> split(String line) {
        List<Word> words = new ArrayList<>(8);
        int length = line.length();
        int i = 0;
        while (i < length) {
            while (i < length && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(line.substring(start, i), start));
            }
        }
        return words;
    }

    /** Spaces, tabs and other ASCII control characters separate words (config files may contain CR). */
    static boolean isBlank(char c) {
        return c <= ' ';
    }

    /** The line from {@code column} on with trailing blanks removed (the text a LINE token carries). */
    static String restOfLine(String line, int column) {
        int end = line.length();
        while (end > column && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(column, end);
    }
}
