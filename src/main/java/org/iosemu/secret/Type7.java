package org.iosemu.secret;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The reversible "type 7" obfuscation IOS applies to {@code password} lines under
 * {@code service password-encryption}: two decimal digits give an offset into a fixed key, then each
 * byte is XORed with successive key characters and written as two hex digits.
 */
public final class Type7 {

    private static final byte[] XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
            .getBytes(StandardCharsets.US_ASCII);
    /** IOS picks offsets 0-15; decoding accepts any offset that still lands inside the key. */
    static final int MAX_ENCODE_SEED = 15;

    private Type7() {
    }

    public static String encode(String plain, int seed) {
        if (seed < 0 || seed > MAX_ENCODE_SEED) {
            throw new IllegalArgumentException("type 7 seed must be 0-" + MAX_ENCODE_SEED);
        }
        byte[] bytes = plain.getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(2 + bytes.length * 2);
        out.append(String.format(Locale.ROOT, "%02d", seed));
        for (int i = 0; i < bytes.length; i++) {
            int value = (bytes[i] ^ XLAT[(seed + i) % XLAT.length]) & 0xff;
            out.append(String.format(Locale.ROOT, "%02X", value));
        }
        return out.toString();
    }

    /** Decodes type 7 text; throws {@link InvalidSecretException} when it is not well-formed. */
    public static String decode(String encoded) {
        if (encoded.length() < 2 || encoded.length() % 2 != 0) {
            throw new InvalidSecretException("type 7 text must be an even number of characters");
        }
        int seed;
        try {
            seed = Integer.parseInt(encoded.substring(0, 2));
        } catch (NumberFormatException e) {
            throw new InvalidSecretException("type 7 text must start with two decimal digits");
        }
        if (seed >= XLAT.length) {
            throw new InvalidSecretException("type 7 offset " + seed + " is outside the key");
        }
        byte[] out = new byte[(encoded.length() - 2) / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(encoded.charAt(2 + 2 * i), 16);
            int lo = Character.digit(encoded.charAt(3 + 2 * i), 16);
            if (hi < 0 || lo < 0) {
                throw new InvalidSecretException("type 7 text must be hexadecimal after the offset");
            }
            out[i] = (byte) ((hi << 4 | lo) ^ XLAT[(seed + i) % XLAT.length]);
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }
}
