package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void md5CryptMatchesTheReferenceImplementation() {
        // `openssl passwd -1 -salt abcd cisco`
        assertEquals("$1$abcd$2hDGYdE0UrwK2pqoiF6BB1", SecretHasher.md5Crypt("cisco", "abcd"));
    }

    @Test
    void secretsVerifyOnlyTheirPassword() {
        for (int type : new int[] {5, 8, 9}) {
            Secret s = new Secret(type, SecretHasher.hash(type, "letmein", new Random(1)));
            assertTrue(s.matches("letmein"), "type " + type);
            assertFalse(s.matches("letmeout"), "type " + type);
            assertTrue(s.hash().startsWith("$" + (type == 5 ? 1 : type) + "$"));
        }
    }

    @Test
    void type8And9HashesHaveIosShape() {
        assertTrue(SecretHasher.hash(8, "x", new Random(2)).matches("\\$8\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}"));
        assertTrue(SecretHasher.hash(9, "x", new Random(2)).matches("\\$9\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}"));
    }

    @Test
    void type7RoundTripsAndDecodesKnownValue() {
        assertEquals("cisco", Type7.decode(Type7.encode("cisco")).orElseThrow());
        // the widely published example: 0822455D0A16 is "cisco"
        assertEquals("cisco", Type7.decode("0822455D0A16").orElseThrow());
        assertTrue(Type7.decode("99ZZ").isEmpty());
    }
}
