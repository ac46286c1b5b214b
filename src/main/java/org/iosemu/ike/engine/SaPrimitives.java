package org.iosemu.ike.engine;

import org.iosemu.ike.crypto.KeyedCbc;
import org.iosemu.ike.crypto.KeyedPrf;

/**
 * The keyed PRF (SKEYID_a) and CBC cipher (Ka) of one IKE SA, built on first use and rebuilt whenever the SA's
 * keys or algorithms are replaced; every DPD exchange and delete reuses them instead of keying afresh.
 */
final class SaPrimitives {
    private KeyedPrf skeyidA;
    private KeyedCbc cipher;

    KeyedPrf skeyidA(Phase1Sa sa) {
        byte[] key = sa.keys.skeyidA();
        if (skeyidA == null || !skeyidA.keyedWith(key)) {
            skeyidA = sa.crypto.prf().keyed(key);
        }
        return skeyidA;
    }

    KeyedCbc cipher(Phase1Sa sa) {
        byte[] key = sa.keys.encryptionKey();
        if (cipher == null || !cipher.keyedWith(sa.crypto.cipher(), key)) {
            cipher = sa.crypto.cipher().keyed(key);
        }
        return cipher;
    }
}
