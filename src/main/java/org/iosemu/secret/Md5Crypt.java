package org.iosemu.secret;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.MD5Digest;

/**
 * The FreeBSD/Poul-Henning Kamp MD5-crypt ("$1$salt$hash") that IOS uses for type 5 secrets. IOS
 * itself picks 4-character salts, but any salt of up to 8 characters verifies like crypt(3).
 */
final class Md5Crypt {

    static final String MAGIC = "$1$";
    static final int MAX_SALT = 8;
    private static final int ROUNDS = 1000;
    // crypt(3) output order: each triple of digest bytes becomes 4 characters, little end first
    private static final int[][] TRIPLES = {{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}};

    private Md5Crypt() {
    }

    /** The full "$1$salt$hash" string. */
    static String crypt(String password, String salt) {
        if (salt.isEmpty() || salt.length() > MAX_SALT || salt.indexOf('$') >= 0) {
            throw new IllegalArgumentException("md5-crypt salt must be 1-8 characters without '$'");
        }
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        byte[] saltBytes = salt.getBytes(StandardCharsets.US_ASCII);
        byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);

        byte[] alternate = md5(pw, saltBytes, pw);

        MD5Digest main = new MD5Digest();
        update(main, pw);
        update(main, magic);
        update(main, saltBytes);
        for (int left = pw.length; left > 0; left -= 16) {
            main.update(alternate, 0, Math.min(16, left));
        }
        // the historical quirk: a zero byte or the password's first byte for each bit of its length
        for (int bits = pw.length; bits != 0; bits >>>= 1) {
            main.update((bits & 1) != 0 ? 0 : (pw.length > 0 ? pw[0] : 0));
        }
        byte[] digest = finish(main);

        for (int round = 0; round < ROUNDS; round++) {
            MD5Digest step = new MD5Digest();
            update(step, (round & 1) != 0 ? pw : digest);
            if (round % 3 != 0) {
                update(step, saltBytes);
            }
            if (round % 7 != 0) {
                update(step, pw);
            }
            update(step, (round & 1) != 0 ? digest : pw);
            digest = finish(step);
        }
        return MAGIC + salt + "$" + encode(digest);
    }

    private static String encode(byte[] d) {
        StringBuilder out = new StringBuilder(22);
        for (int[] t : TRIPLES) {
            appendLittleEndian(out, (d[t[0]] & 0xff) << 16 | (d[t[1]] & 0xff) << 8 | (d[t[2]] & 0xff), 4);
        }
        appendLittleEndian(out, d[11] & 0xff, 2);
        return out.toString();
    }

    private static void appendLittleEndian(StringBuilder out, int value, int chars) {
        for (int i = 0; i < chars; i++) {
            out.append(CiscoBase64.ALPHABET.charAt(value & 0x3f));
            value >>>= 6;
        }
    }

    private static byte[] md5(byte[]... parts) {
        MD5Digest digest = new MD5Digest();
        for (byte[] part : parts) {
            update(digest, part);
        }
        return finish(digest);
    }

    private static void update(MD5Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
    }

    private static byte[] finish(MD5Digest digest) {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
