package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The configuration's secrets and passwords, hashed and encoded by org.iosemu.secret. */
class SecretsTest {

    @Test
    void preHashedMd5IsAcceptedAndVerifies() {
        // `openssl passwd -1 -salt abcd cisco`
        Secret s = Secret.ofHash(5, "$1$abcd$2hDGYdE0UrwK2pqoiF6BB1").orElseThrow();
        assertTrue(s.matches("cisco"));
        assertFalse(s.matches("Cisco"));
    }

    @Test
    void secretsVerifyOnlyTheirPassword() {
        for (int type : new int[] {5, 8, 9}) {
            Secret s = Secret.create(type, "letmein", new Random(1));
            assertTrue(s.matches("letmein"), "type " + type);
            assertFalse(s.matches("letmeout"), "type " + type);
            assertTrue(s.hash().startsWith("$" + (type == 5 ? 1 : type) + "$"));
        }
    }

    @Test
    void type8And9HashesHaveIosShape() {
        assertTrue(Secret.create(8, "x", new Random(2)).hash().matches("\\$8\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}"));
        assertTrue(Secret.create(9, "x", new Random(2)).hash().matches("\\$9\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}"));
    }

    @Test
    void malformedHashesAreRefused() {
        assertTrue(Secret.ofHash(5, "$1$abcd$short").isEmpty());
        assertTrue(Secret.ofHash(9, "$8$abcdefghijklmn$" + "A".repeat(43)).isEmpty());
    }

    @Test
    void encryptedPasswordsRenderAsStableType7() {
        Password p = new Password("cisco", true);
        assertEquals(p.render(false), p.render(false));
        assertTrue(p.render(false).matches("7 [0-9]{2}[0-9A-F]+"));
        assertEquals("cisco", org.iosemu.secret.Type7.decode(p.render(false).substring(2)));
    }
}
