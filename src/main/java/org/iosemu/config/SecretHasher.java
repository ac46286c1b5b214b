package org.iosemu.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.random.RandomGenerator;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * IOS one-way secrets: type 5 (MD5-crypt), type 8 (PBKDF2-SHA256, 20000 rounds) and type 9 (scrypt
 * N=16384 r=1 p=1), all written with the crypt alphabet. Used to store and to check enable/username secrets.
 */
public final class SecretHasher {

    private static final String ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private SecretHasher() {}

    public static String hash(int type, String clear, RandomGenerator random) {
        return switch (type) {
            case 5 -> md5Crypt(clear, randomSalt(random, 4));
            case 8 -> pbkdf2(clear, randomSalt(random, 14));
            case 9 -> scrypt(clear, randomSalt(random, 14));
            default -> throw new IllegalArgumentException("secret type " + type);
        };
    }

    /** True when {@code clear} produces {@code stored} (a hash of the given type). */
    public static boolean matches(int type, String stored, String clear) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4) {
            return false;
        }
        String salt = parts[2];
        String candidate = switch (type) {
            case 5 -> md5Crypt(clear, salt);
            case 8 -> pbkdf2(clear, salt);
            case 9 -> scrypt(clear, salt);
            default -> "";
        };
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomSalt(RandomGenerator random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    static String md5Crypt(String clear, String salt) {
        byte[] pw = clear.getBytes(StandardCharsets.UTF_8);
        byte[] s = salt.getBytes(StandardCharsets.UTF_8);
        MessageDigest ctx = md5();
        ctx.update(pw);
        ctx.update("$1$".getBytes(StandardCharsets.US_ASCII));
        ctx.update(s);
        MessageDigest alt = md5();
        alt.update(pw);
        alt.update(s);
        alt.update(pw);
        byte[] altSum = alt.digest();
        for (int left = pw.length; left > 0; left -= 16) {
            ctx.update(altSum, 0, Math.min(16, left));
        }
        for (int i = pw.length; i != 0; i >>>= 1) {
            if ((i & 1) != 0) {
                ctx.update((byte) 0);
            } else {
                ctx.update(pw, 0, Math.min(1, pw.length));
            }
        }
        byte[] sum = ctx.digest();
        for (int i = 0; i < 1000; i++) {
            MessageDigest round = md5();
            round.update((i & 1) != 0 ? pw : sum);
            if (i % 3 != 0) {
                round.update(s);
            }
            if (i % 7 != 0) {
                round.update(pw);
            }
            round.update((i & 1) != 0 ? sum : pw);
            sum = round.digest();
        }
        StringBuilder out = new StringBuilder("$1$").append(salt).append('$');
        int[][] groups = {{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}};
        for (int[] g : groups) {
            appendBase64(out, ((sum[g[0]] & 0xff) << 16) | ((sum[g[1]] & 0xff) << 8) | (sum[g[2]] & 0xff), 4);
        }
        appendBase64(out, sum[11] & 0xff, 2);
        return out.toString();
    }

    private static void appendBase64(StringBuilder out, int value, int chars) {
        for (int i = 0; i < chars; i++) {
            out.append(ALPHABET.charAt(value & 0x3f));
            value >>>= 6;
        }
    }

    private static String pbkdf2(String clear, String salt) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] key = f.generateSecret(new PBEKeySpec(clear.toCharArray(), salt.getBytes(StandardCharsets.US_ASCII), 20000, 256))
                    .getEncoded();
            return "$8$" + salt + "$" + cryptBase64(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scrypt(String clear, String salt) {
        byte[] key = SCrypt.generate(clear.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.US_ASCII), 16384, 1, 1, 32);
        return "$9$" + salt + "$" + cryptBase64(key);
    }

    /** Big-endian base64 over the crypt alphabet, no padding (32 bytes give 43 characters). */
    private static String cryptBase64(byte[] data) {
        StringBuilder out = new StringBuilder();
        int bits = 0;
        int acc = 0;
        for (byte b : data) {
            acc = (acc << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 6) {
                bits -= 6;
                out.append(ALPHABET.charAt((acc >>> bits) & 0x3f));
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((acc << (6 - bits)) & 0x3f));
        }
        return out.toString();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
