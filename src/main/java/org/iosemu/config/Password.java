package org.iosemu.config;

import org.iosemu.secret.Type7;

/**
 * A reversible password. {@code encrypted} records whether it is shown as type 7: once service
 * password-encryption has encrypted it, it stays encrypted even if the service is turned off (as IOS).
 */
public record Password(String clear, boolean encrypted) {

    public Password encrypt() {
        return new Password(clear, true);
    }

    /** show-run text after the `password` keyword; {@code explicitZero} for `username ... password 0 x`. */
    public String render(boolean explicitZero) {
        if (encrypted) {
            // the same offset every time, so show run does not change between two looks
            return "7 " + Type7.encode(clear, Math.floorMod(clear.hashCode(), 16));
        }
        return (explicitZero ? "0 " : "") + clear;
    }
}
