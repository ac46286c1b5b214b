package org.iosemu.config;

import java.util.Optional;

/** IOS "type 7" reversible password obfuscation (service password-encryption). */
public final class Type7 {

    private static final String KEY = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

    private Type7() {}

    /** Encodes with a salt (0-15) derived from the text, so the same password always renders the same. */
    public static String encode(String clear) {
        int salt = Math.floorMod(clear.hashCode(), 16);
        StringBuilder b = new StringBuilder(String.format("%02d", salt));
        for (int i = 0; i < clear.length(); i++) {
            b.append(String.format("%02X", clear.charAt(i) ^ KEY.charAt((salt + i) % KEY.length())));
        }
        return b.toString();
    }

    public static Optional<String> decode(String encoded) {
        if (encoded.length() < 2 || encoded.length() % 2 != 0 || !encoded.matches("[0-9][0-9]([0-9A-Fa-f]{2})*")) {
            return Optional.empty();
        }
        int salt = Integer.parseInt(encoded.substring(0, 2));
        if (salt > 15) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 2, n = 0; i < encoded.length(); i += 2, n++) {
            int v = Integer.parseInt(encoded.substring(i, i + 2), 16);
            b.append((char) (v ^ KEY.charAt((salt + n) % KEY.length())));
        }
        return Optional.of(b.toString());
    }
}
