package org.iosemu.ike.crypto;

/** Keys of one ESP SA direction. */
public record EspKeys(CipherAlgorithm cipher, byte[] encryptionKey, IntegrityAlgorithm integrity, byte[] integrityKey) {

    /** Splits KEYMAT: encryption key first, then the integrity key (RFC 2409 5.5). */
    public static EspKeys fromKeymat(CipherAlgorithm cipher, IntegrityAlgorithm integrity, byte[] keymat) {
        byte[] enc = java.util.Arrays.copyOfRange(keymat, 0, cipher.keyLength());
        byte[] auth = java.util.Arrays.copyOfRange(keymat, cipher.keyLength(), cipher.keyLength() + integrity.keyLength());
        return new EspKeys(cipher, enc, integrity, auth);
    }

    public int keymatLength() {
        return cipher.keyLength() + integrity.keyLength();
    }
}
