package org.iosemu.timeline;

/**
 * Escaping for everything the timeline writes into HTML or SVG (element text and attribute values alike): router
 * names come from file names, labels and notes from configurations, so none of it is trusted to be markup-free.
 */
public final class Markup {
    private Markup() {
    }

    /**
     * {@code text} with {@code & < > " '} as character references, and the characters XML 1.0 cannot carry at all
     * (C0 controls other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        b.append(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
