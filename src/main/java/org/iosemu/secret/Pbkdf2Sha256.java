package org.iosemu.secret;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/** Type 8: PBKDF2-HMAC-SHA256, 20,000 iterations, the salt text used as-is, 32-byte result. */
final class Pbkdf2Sha256 {

    static final int ITERATIONS = 20_000;
    static final int KEY_BYTES = 32;

    private Pbkdf2Sha256() {
    }

    static byte[] derive(String password, String salt) {
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
        generator.init(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.US_ASCII),
                ITERATIONS);
        return ((KeyParameter) generator.generateDerivedParameters(KEY_BYTES * 8)).getKey();
    }
}
