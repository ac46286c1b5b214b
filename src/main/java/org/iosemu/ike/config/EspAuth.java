package org.iosemu.ike.config;

import org.iosemu.ike.crypto.IntegrityAlgorithm;

/** ESP authentication transform names. */
public enum EspAuth {
    MD5(IntegrityAlgorithm.HMAC_MD5_96, 1, "esp-md5-hmac", "HMAC-MD5"),
    SHA(IntegrityAlgorithm.HMAC_SHA1_96, 2, "esp-sha-hmac", "HMAC-SHA"),
    SHA256(IntegrityAlgorithm.HMAC_SHA256_128, 5, "esp-sha256-hmac", "HMAC-SHA256");

    private final IntegrityAlgorithm integrity;
    private final int attributeValue;
    private final String iosName;
    private final String debugName;

    EspAuth(IntegrityAlgorithm integrity, int attributeValue, String iosName, String debugName) {
        this.integrity = integrity;
        this.attributeValue = attributeValue;
        this.iosName = iosName;
        this.debugName = debugName;
    }

    public IntegrityAlgorithm integrity() {
        return integrity;
    }

    public int attributeValue() {
        return attributeValue;
    }

    public String iosName() {
        return iosName;
    }

    public String debugName() {
        return debugName;
    }
}
