package org.iosemu.ike.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A keyed PRF or cipher used many times must give what a freshly keyed one gives for each message. */
class KeyedPrimitivesTest {
    private final SplittableRandom random = new SplittableRandom(42);

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Test
    void reusedPrfMatchesAFreshHmacEveryTime() {
        for (HashAlgorithm h : HashAlgorithm.values()) {
            byte[] key = bytes(h.length());
            KeyedPrf prf = h.keyed(key);
            for (int i = 0; i < 5; i++) {
                byte[] a = bytes(4);
                byte[] b = bytes(1 + i * 37);
                assertArrayEquals(h.prf(key, a, b), prf.apply(a, b), h + " call " + i);
            }
            assertTrue(prf.keyedWith(key));
            assertFalse(prf.keyedWith(key.clone()));
        }
    }

    @Test
    void reusedCipherMatchesAFreshOneInBothDirections() {
        for (CipherAlgorithm c : CipherAlgorithm.values()) {
            byte[] key = bytes(c.keyLength() + 4); // longer than needed, as SKEYID_e-derived keys may be
            KeyedCbc cbc = c.keyed(key);
            for (int i = 0; i < 4; i++) {
                byte[] iv = bytes(c.blockSize() + 3); // only the first block is the IV
                byte[] plain = bytes(c.blockSize() * (i + 1));
                byte[] cipherText = cbc.encrypt(iv, plain);
                assertArrayEquals(c.encrypt(key, iv, plain), cipherText, c + " encrypt " + i);
                assertArrayEquals(plain, cbc.decrypt(iv, cipherText), c + " decrypt " + i);
            }
            assertTrue(cbc.keyedWith(c, key));
            assertFalse(cbc.keyedWith(c, key.clone()));
        }
    }

    @Test
    void keyedCipherRejectsUnpaddedInput() {
        KeyedCbc cbc = CipherAlgorithm.AES128.keyed(bytes(16));
        assertThrows(IllegalArgumentException.class, () -> cbc.encrypt(bytes(16), bytes(15)));
    }
}
