package org.iosemu.secret;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.SCrypt;

/** Type 9: scrypt with N=16384, r=1, p=1 over the salt text as-is, 32-byte result. */
final class ScryptKdf {

    static final int N = 16384;
    static final int R = 1;
    static final int P = 1;
    static final int KEY_BYTES = 32;

    private ScryptKdf() {
    }

    static byte[] derive(String password, String salt) {
        return SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.US_ASCII),
                N, R, P, KEY_BYTES);
    }
}
