package org.iosemu.secret;

import java.util.Optional;

/** The encryption types IOS shows before a password or secret in the configuration. */
public enum SecretType {
    /** Clear text, as typed. */
    PLAIN(0),
    /** MD5-crypt, {@code $1$salt$hash}. */
    MD5(5),
    /** Reversible Vigenère-style encoding of a password (not a hash). */
    VIGENERE(7),
    /** PBKDF2-HMAC-SHA256, {@code $8$salt$hash}. */
    PBKDF2_SHA256(8),
    /** scrypt, {@code $9$salt$hash}. */
    SCRYPT(9);

    private final int number;

    SecretType(int number) {
        this.number = number;
    }

    /** The digit IOS prints: {@code enable secret 9 ...}. */
    public int number() {
        return number;
    }

    /** True for the one-way types allowed after {@code secret}. */
    public boolean isHash() {
        return this == MD5 || this == PBKDF2_SHA256 || this == SCRYPT;
    }

    public static Optional<SecretType> fromNumber(int number) {
        for (SecretType type : values()) {
            if (type.number == number) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
