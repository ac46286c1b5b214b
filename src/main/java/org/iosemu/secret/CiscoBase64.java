package org.iosemu.secret;

import java.io.ByteArrayOutputStream;

/**
 * Base64 as Cisco prints type 4/8/9 hashes: the usual big-endian bit order, but the crypt(3) alphabet
 * {@code ./0-9A-Za-z} and no padding.
 */
final class CiscoBase64 {

    static final String ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private CiscoBase64() {
    }

    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 4 + 2) / 3);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int group = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            appendSextets(out, group, 4);
        }
        int rest = data.length - i;
        if (rest == 1) {
            appendSextets(out, (data[i] & 0xff) << 16, 2);
        } else if (rest == 2) {
            appendSextets(out, (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8, 3);
        }
        return out.toString();
    }

    /** Decodes unpadded text; throws IllegalArgumentException on a foreign character or impossible length. */
    static byte[] decode(String text) {
        if (text.length() % 4 == 1) {
            throw new IllegalArgumentException("impossible base64 length " + text.length());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 4);
        int bits = 0;
        int bitCount = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a Cisco base64 character: '" + text.charAt(i) + "'");
            }
            bits = bits << 6 | value;
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                out.write(bits >> bitCount & 0xff);
            }
        }
        return out.toByteArray();
    }

    static boolean isAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void appendSextets(StringBuilder out, int group24, int count) {
        for (int k = 0; k < count; k++) {
            out.append(ALPHABET.charAt(group24 >> (18 - 6 * k) & 0x3f));
        }
    }
}
