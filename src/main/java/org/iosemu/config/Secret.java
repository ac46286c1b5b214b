package org.iosemu.config;

/** A one-way secret as IOS stores it: type 5, 8 or 9 and the hash text. */
public record Secret(int type, String hash) {
    public Secret {
        if (type != 5 && type != 8 && type != 9) {
            throw new IllegalArgumentException("secret type " + type);
        }
    }

    public boolean matches(String clear) {
        return SecretHasher.matches(type, hash, clear);
    }

    @Override
    public String toString() {
        return type + " " + hash;
    }
}
