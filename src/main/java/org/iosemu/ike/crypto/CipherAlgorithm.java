package org.iosemu.ike.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/** CBC ciphers shared by IKE phase 1 and ESP. Inputs must already be padded to the block size. */
public enum CipherAlgorithm {
    DES(8, 8), TRIPLE_DES(24, 8), AES128(16, 16), AES192(24, 16), AES256(32, 16);

    private final int keyLength;
    private final int blockSize;

    CipherAlgorithm(int keyLength, int blockSize) {
        this.keyLength = keyLength;
        this.blockSize = blockSize;
    }

    public int keyLength() {
        return keyLength;
    }

    public int blockSize() {
        return blockSize;
    }

    public int keyBits() {
        return keyLength * 8;
    }

    BlockCipher engine() {
        return switch (this) {
            case DES -> new DESEngine();
            case TRIPLE_DES -> new DESedeEngine();
            default -> AESEngine.newInstance();
        };
    }

    public byte[] encrypt(byte[] key, byte[] iv, byte[] plain) {
        return run(true, key, iv, plain);
    }

    public byte[] decrypt(byte[] key, byte[] iv, byte[] cipherText) {
        return run(false, key, iv, cipherText);
    }

    /** This cipher keyed once with {@code key}, for many messages under the same key. */
    public KeyedCbc keyed(byte[] key) {
        return new KeyedCbc(this, key);
    }

    void checkPadded(byte[] in) {
        if (in.length % blockSize != 0) {
            throw new IllegalArgumentException("length " + in.length + " is not a multiple of " + blockSize);
        }
    }

    private byte[] run(boolean encrypt, byte[] key, byte[] iv, byte[] in) {
        checkPadded(in);
        BlockCipher cbc = CBCBlockCipher.newInstance(engine());
        cbc.init(encrypt, new ParametersWithIV(new KeyParameter(Arrays.copyOf(key, keyLength)), iv, 0, blockSize));
        byte[] out = new byte[in.length];
        for (int off = 0; off < in.length; off += blockSize) {
            cbc.processBlock(in, off, out, off);
        }
        return out;
    }
}
