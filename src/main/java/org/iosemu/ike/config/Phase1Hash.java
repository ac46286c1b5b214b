package org.iosemu.ike.config;

import org.iosemu.ike.crypto.HashAlgorithm;

/** `hash` of an ISAKMP policy. */
public enum Phase1Hash {
    MD5(HashAlgorithm.MD5, 1, "MD5"), SHA(HashAlgorithm.SHA1, 2, "SHA"), SHA256(HashAlgorithm.SHA256, 4, "SHA256");

    private final HashAlgorithm algorithm;
    private final int attributeValue;
    private final String debugName;

    Phase1Hash(HashAlgorithm algorithm, int attributeValue, String debugName) {
        this.algorithm = algorithm;
        this.attributeValue = attributeValue;
        this.debugName = debugName;
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    public int attributeValue() {
        return attributeValue;
    }

    public String debugName() {
        return debugName;
    }
}
