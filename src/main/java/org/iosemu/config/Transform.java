package org.iosemu.config;

/** One transform of a set; {@code keyBits} is 0 when the AES-family default (128) was not spelled out. */
public record Transform(TransformKind kind, int keyBits) {

    public String render() {
        return kind.keyword() + (keyBits != 0 && keyBits != 128 ? " " + keyBits : "");
    }

    /** How the show crypto displays name it: `esp-256-aes` for a 256-bit esp-aes. */
    public String displayName() {
        if (keyBits == 0 || keyBits == 128) {
            return kind.keyword();
        }
        return kind == TransformKind.ESP_AES ? "esp-" + keyBits + "-aes" : kind.keyword() + " " + keyBits;
    }
}
