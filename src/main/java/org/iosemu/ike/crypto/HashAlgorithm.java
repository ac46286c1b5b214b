package org.iosemu.ike.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/** Hash functions of IKEv1 policies; used as plain hash (phase-1 IV) and as HMAC-based PRF. */
public enum HashAlgorithm {
    MD5(16), SHA1(20), SHA256(32);

    private final int length;

    HashAlgorithm(int length) {
        this.length = length;
    }

    public int length() {
        return length;
    }

    Digest newDigest() {
        return switch (this) {
            case MD5 -> new MD5Digest();
            case SHA1 -> new SHA1Digest();
            case SHA256 -> SHA256Digest.newInstance();
        };
    }

    String jdkMacName() {
        return switch (this) {
            case MD5 -> "HmacMD5";
            case SHA1 -> "HmacSHA1";
            case SHA256 -> "HmacSHA256";
        };
    }

    private String jdkDigestName() {
        return switch (this) {
            case MD5 -> "MD5";
            case SHA1 -> "SHA-1";
            case SHA256 -> "SHA-256";
        };
    }

    /** The JDK's digest (intrinsified SHA on x86_64/aarch64). */
    public byte[] hash(byte[]... parts) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance(jdkDigestName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (byte[] p : parts) {
            d.update(p);
        }
        return d.digest();
    }

    /** prf(key, parts...) = HMAC over the concatenation of parts. */
    public byte[] prf(byte[] key, byte[]... parts) {
        return keyed(key).apply(parts);
    }

    /** The PRF keyed once with {@code key}, for many computations under the same key. */
    public KeyedPrf keyed(byte[] key) {
        return new KeyedPrf(this, key);
    }
}
