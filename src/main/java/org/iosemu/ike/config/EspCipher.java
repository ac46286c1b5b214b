package org.iosemu.ike.config;

import org.iosemu.ike.crypto.CipherAlgorithm;

/** ESP encryption transform names (esp-des, esp-3des, esp-aes [128|192|256]). */
public enum EspCipher {
    DES(CipherAlgorithm.DES, 2, "esp-des", "ESP_DES"),
    TRIPLE_DES(CipherAlgorithm.TRIPLE_DES, 3, "esp-3des", "ESP_3DES"),
    AES128(CipherAlgorithm.AES128, 12, "esp-aes", "ESP_AES"),
    AES192(CipherAlgorithm.AES192, 12, "esp-aes 192", "ESP_AES"),
    AES256(CipherAlgorithm.AES256, 12, "esp-aes 256", "ESP_AES");

    private final CipherAlgorithm cipher;
    private final int transformId;
    private final String iosName;
    private final String debugName;

    EspCipher(CipherAlgorithm cipher, int transformId, String iosName, String debugName) {
        this.cipher = cipher;
        this.transformId = transformId;
        this.iosName = iosName;
        this.debugName = debugName;
    }

    public CipherAlgorithm cipher() {
        return cipher;
    }

    public int transformId() {
        return transformId;
    }

    public boolean hasKeyLength() {
        return transformId == 12;
    }

    public String iosName() {
        return iosName;
    }

    public String debugName() {
        return debugName;
    }
}
