package org.iosemu.ike.crypto;

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

    public byte[] hash(byte[]... parts) {
        Digest d = newDigest();
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
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
