package org.iosemu.config;

/**
 * What identifies an access list: a number (a numbered list, also reachable as `ip access-list extended 101`)
 * or a case-sensitive name. Numbered lists sort first, by number; named lists follow, by name.
 *
 * @param text   the number without leading zeros, or the name
 * @param number the list number, or -1 for a named list (derived from {@code text}, kept for cheap ordering)
 */
public record AclName(String text, int number) implements Comparable<AclName> {

    private static final int NAMED = -1;

    public AclName {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty access list name");
        }
        if (number != numberOf(text)) {
            throw new IllegalArgumentException("number " + number + " does not match " + text);
        }
    }

    /** `101`, `0101` (list 101) or `VPN`. */
    public static AclName of(String text) {
        String canonical = isDigits(text) ? text.replaceFirst("^0+(?=.)", "") : text;
        return new AclName(canonical, numberOf(canonical));
    }

    public static AclName number(int number) {
        return new AclName(String.valueOf(number), number);
    }

    public boolean numbered() {
        return number != NAMED;
    }

    @Override
    public int compareTo(AclName o) {
        if (numbered() != o.numbered()) {
            return numbered() ? -1 : 1;
        }
        return numbered() ? Integer.compare(number, o.number) : text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }

    /** A list number fits an int; longer digit strings are names IOS would refuse anyway. */
    private static int numberOf(String text) {
        return isDigits(text) && text.length() <= 9 ? Integer.parseInt(text) : NAMED;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
