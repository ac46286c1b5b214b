package org.iosemu.config;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.iosemu.secret.InvalidSecretException;
import org.iosemu.secret.SecretType;
import org.iosemu.secret.StoredSecret;

/**
 * A one-way secret as IOS stores it: type 5, 8 or 9 and the hash text. Hashing and checking are
 * {@link StoredSecret}'s; this is the configuration's value.
 */
public record Secret(int type, String hash) {
    public Secret {
        if (type != 5 && type != 8 && type != 9) {
            throw new IllegalArgumentException("secret type " + type);
        }
    }

    /** Hashes a typed clear-text secret as type 5, 8 or 9 with a fresh salt. */
    public static Secret create(int type, String clear, RandomGenerator random) {
        StoredSecret stored = StoredSecret.create(SecretType.fromNumber(type).orElseThrow(), clear, random);
        return new Secret(type, stored.text());
    }

    /** A pre-hashed `secret 5|8|9 HASH`, if the text is a well-formed hash of that type. */
    public static Optional<Secret> ofHash(int type, String hash) {
        try {
            StoredSecret.parse(type, hash);
            return Optional.of(new Secret(type, hash));
        } catch (InvalidSecretException e) {
            return Optional.empty();
        }
    }

    public boolean matches(String clear) {
        try {
            return StoredSecret.parse(type, hash).verify(clear);
        } catch (InvalidSecretException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return type + " " + hash;
    }
}
