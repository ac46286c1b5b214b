package org.iosemu.ike.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * An HMAC keyed once and reused: keying hashes the padded key twice, which costs as much as the message
 * itself for the short bodies of IKE, so a long-lived SA keys its PRF once. Uses the JDK's HMAC (SHA-1/SHA-256
 * compression is intrinsified on x86_64/aarch64), or Bouncy Castle's for the empty key the JDK refuses. Not
 * thread-safe (one per SA, used under its engine's lock).
 */
public final class KeyedPrf {
    private final byte[] key;
    private final Mac jdk;
    private final HMac bc;

    KeyedPrf(HashAlgorithm algorithm, byte[] key) {
        this.key = key;
        if (key.length > 0) {
            try {
                this.jdk = Mac.getInstance(algorithm.jdkMacName());
                jdk.init(new SecretKeySpec(key, algorithm.jdkMacName()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            this.bc = null;
        } else {
            this.jdk = null;
            this.bc = new HMac(algorithm.newDigest());
            bc.init(new KeyParameter(key));
        }
    }

    /** True if this PRF was keyed with exactly this array (SA keys are replaced, never modified). */
    public boolean keyedWith(byte[] candidate) {
        return key == candidate;
    }

    /** prf(key, parts...) = HMAC over the concatenation of parts; leaves the HMAC keyed for the next call. */
    public byte[] apply(byte[]... parts) {
        if (jdk != null) {
            for (byte[] p : parts) {
                jdk.update(p);
            }
            return jdk.doFinal();
        }
        for (byte[] p : parts) {
            bc.update(p, 0, p.length);
        }
        byte[] out = new byte[bc.getMacSize()];
        bc.doFinal(out, 0);
        return out;
    }
}
