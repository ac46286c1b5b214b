package org.iosemu.ike.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * A CBC cipher whose key schedule is computed once: each message only loads its IV. Encryption and decryption
 * keep separate instances because AES schedules the two directions differently. Not thread-safe (one per SA,
 * used under its engine's lock).
 */
public final class KeyedCbc {
    private final CipherAlgorithm algorithm;
    private final byte[] key;
    private final BlockCipher encryptor;
    private final BlockCipher decryptor;

    KeyedCbc(CipherAlgorithm algorithm, byte[] key) {
        this.algorithm = algorithm;
        this.key = key;
        KeyParameter keyParameter = new KeyParameter(Arrays.copyOf(key, algorithm.keyLength()));
        this.encryptor = CBCBlockCipher.newInstance(algorithm.engine());
        encryptor.init(true, keyParameter);
        this.decryptor = CBCBlockCipher.newInstance(algorithm.engine());
        decryptor.init(false, keyParameter);
    }

    /** True if this cipher is {@code algorithm} keyed with exactly this array (SA keys are replaced, never modified). */
    public boolean keyedWith(CipherAlgorithm candidateAlgorithm, byte[] candidateKey) {
        return algorithm == candidateAlgorithm && key == candidateKey;
    }

    public byte[] encrypt(byte[] iv, byte[] plain) {
        return run(encryptor, iv, plain);
    }

    public byte[] decrypt(byte[] iv, byte[] cipherText) {
        return run(decryptor, iv, cipherText);
    }

    private byte[] run(BlockCipher cbc, byte[] iv, byte[] in) {
        int blockSize = algorithm.blockSize();
        algorithm.checkPadded(in);
        // a null key keeps the schedule and only resets the chain to the new IV
        cbc.init(cbc == encryptor, new ParametersWithIV(null, iv, 0, blockSize));
        byte[] out = new byte[in.length];
        for (int off = 0; off < in.length; off += blockSize) {
            cbc.processBlock(in, off, out, off);
        }
        return out;
    }
}
