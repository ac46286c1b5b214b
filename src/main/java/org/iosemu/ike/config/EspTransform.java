package org.iosemu.ike.config;

/** `crypto ipsec transform-set NAME cipher auth` with `mode`. */
public record EspTransform(String name, EspCipher cipher, EspAuth auth, EspMode mode) {
    /** How IOS prints it in show crypto ipsec sa: "esp-3des esp-sha-hmac". */
    public String iosText() {
        return cipher.iosName() + " " + auth.iosName();
    }
}
