package org.iosemu.cli.lang;

/**
 * IOS keywords are ASCII and match case-insensitively in ASCII only: a Unicode lower-casing would turn
 * the Kelvin sign into {@code k} and change string lengths, moving the caret.
 */
final class AsciiCase {

    private AsciiCase() {
    }

    static String lower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;   // already lower case: no copy on the hot path
    }
}
