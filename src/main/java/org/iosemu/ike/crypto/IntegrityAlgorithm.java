package org.iosemu.ike.crypto;

import java.util.Arrays;

/** ESP integrity algorithms with their truncated ICV lengths (RFC 2403, 2404, 4868). */
public enum IntegrityAlgorithm {
    HMAC_MD5_96(HashAlgorithm.MD5, 16, 12),
    HMAC_SHA1_96(HashAlgorithm.SHA1, 20, 12),
    HMAC_SHA256_128(HashAlgorithm.SHA256, 32, 16);

    private final HashAlgorithm hash;
    private final int keyLength;
    private final int icvLength;

    IntegrityAlgorithm(HashAlgorithm hash, int keyLength, int icvLength) {
        this.hash = hash;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
    }

    public int keyLength() {
        return keyLength;
    }

    public int icvLength() {
        return icvLength;
    }

    public byte[] icv(byte[] key, byte[] data, int off, int len) {
        return Arrays.copyOf(hash.prf(key, Arrays.copyOfRange(data, off, off + len)), icvLength);
    }
}
