package org.iosemu.ike.config;

import org.iosemu.ike.crypto.CipherAlgorithm;

/** `encryption` of an ISAKMP policy. */
public enum IkeEncryption {
    DES(CipherAlgorithm.DES, 1, "DES-CBC"),
    TRIPLE_DES(CipherAlgorithm.TRIPLE_DES, 5, "3DES-CBC"),
    AES128(CipherAlgorithm.AES128, 7, "AES-CBC"),
    AES192(CipherAlgorithm.AES192, 7, "AES-CBC"),
    AES256(CipherAlgorithm.AES256, 7, "AES-CBC");

    private final CipherAlgorithm cipher;
    private final int attributeValue;
    private final String debugName;

    IkeEncryption(CipherAlgorithm cipher, int attributeValue, String debugName) {
        this.cipher = cipher;
        this.attributeValue = attributeValue;
        this.debugName = debugName;
    }

    public CipherAlgorithm cipher() {
        return cipher;
    }

    /** RFC 2409 encryption algorithm attribute value. */
    public int attributeValue() {
        return attributeValue;
    }

    public boolean hasKeyLength() {
        return attributeValue == 7;
    }

    public String debugName() {
        return debugName;
    }
}
