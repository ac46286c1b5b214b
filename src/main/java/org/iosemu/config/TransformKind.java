package org.iosemu.config;

/** IPsec transforms and the slot each fills: a set holds at most one transform per slot. */
public enum TransformKind {
    AH_MD5_HMAC("ah-md5-hmac", Slot.AH), AH_SHA_HMAC("ah-sha-hmac", Slot.AH), AH_SHA256_HMAC("ah-sha256-hmac", Slot.AH),
    AH_SHA384_HMAC("ah-sha384-hmac", Slot.AH), AH_SHA512_HMAC("ah-sha512-hmac", Slot.AH),
    COMP_LZS("comp-lzs", Slot.COMPRESSION),
    ESP_3DES("esp-3des", Slot.ESP_CIPHER), ESP_AES("esp-aes", Slot.ESP_CIPHER), ESP_DES("esp-des", Slot.ESP_CIPHER),
    ESP_GCM("esp-gcm", Slot.ESP_CIPHER), ESP_GMAC("esp-gmac", Slot.ESP_CIPHER), ESP_NULL("esp-null", Slot.ESP_CIPHER),
    ESP_SEAL("esp-seal", Slot.ESP_CIPHER),
    ESP_MD5_HMAC("esp-md5-hmac", Slot.ESP_AUTH), ESP_SHA_HMAC("esp-sha-hmac", Slot.ESP_AUTH),
    ESP_SHA256_HMAC("esp-sha256-hmac", Slot.ESP_AUTH), ESP_SHA384_HMAC("esp-sha384-hmac", Slot.ESP_AUTH),
    ESP_SHA512_HMAC("esp-sha512-hmac", Slot.ESP_AUTH);

    /** Which part of the transform set a transform occupies. */
    public enum Slot { AH, ESP_CIPHER, ESP_AUTH, COMPRESSION }

    private final String keyword;
    private final Slot slot;

    TransformKind(String keyword, Slot slot) {
        this.keyword = keyword;
        this.slot = slot;
    }

    public String keyword() {
        return keyword;
    }

    public Slot slot() {
        return slot;
    }

    public boolean takesKeySize() {
        return this == ESP_AES || this == ESP_GCM || this == ESP_GMAC;
    }

    public static TransformKind fromKeyword(String k) {
        for (TransformKind t : values()) {
            if (t.keyword.equalsIgnoreCase(k)) {
                return t;
            }
        }
        throw new IllegalArgumentException(k);
    }
}
