package org.iosemu.ike.crypto;

import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * An HMAC keyed once and reused: keying hashes the padded key twice, which costs as much as the message
 * itself for the short bodies of IKE, so a long-lived SA keys its PRF once. Not thread-safe (one per SA,
 * used under its engine's lock).
 */
public final class KeyedPrf {
    private final byte[] key;
    private final HMac mac;

    KeyedPrf(HashAlgorithm algorithm, byte[] key) {
        this.key = key;
        this.mac = new HMac(algorithm.newDigest());
        mac.init(new KeyParameter(key));
    }

    /** True if this PRF was keyed with exactly this array (SA keys are replaced, never modified). */
    public boolean keyedWith(byte[] candidate) {
        return key == candidate;
    }

    /** prf(key, parts...) = HMAC over the concatenation of parts; leaves the HMAC keyed for the next call. */
    public byte[] apply(byte[]... parts) {
        for (byte[] p : parts) {
            mac.update(p, 0, p.length);
        }
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
