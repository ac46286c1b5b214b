package org.iosemu.config;

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
            return "7 " + Type7.encode(clear);
        }
        return (explicitZero ? "0 " : "") + clear;
    }
}
