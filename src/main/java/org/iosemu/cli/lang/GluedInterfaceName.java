package org.iosemu.cli.lang;

/**
 * IOS accepts an interface type and number typed as one word ({@code fa0/0}, {@code Loopback0},
 * {@code Virtual-Template1}). Such a word is letters (and dashes) followed by a digit; it is split at
 * the first digit when the whole word matched nothing.
 */
final class GluedInterfaceName {

    private GluedInterfaceName() {
    }

    static boolean splits(Word word) {
        return firstDigit(word.text()) > 0;
    }

    static Word letters(Word word) {
        return new Word(word.text().substring(0, firstDigit(word.text())), word.column());
    }

    static Word number(Word word) {
        int digit = firstDigit(word.text());
        return new Word(word.text().substring(digit), word.column() + digit);
    }

    /** Index of the first digit after a run of ASCII letters/dashes starting with a letter; -1 otherwise. */
    private static int firstDigit(String text) {
        if (text.isEmpty() || !isLetter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
            if (!isLetter(c) && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
