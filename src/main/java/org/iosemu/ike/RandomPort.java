package org.iosemu.ike;

/** Source of cookies, nonces, SPIs, DH secrets and message IDs (deterministic in tests). */
public interface RandomPort {
    void nextBytes(byte[] out);

    default byte[] bytes(int n) {
        byte[] b = new byte[n];
        nextBytes(b);
        return b;
    }

    default int nextInt() {
        byte[] b = bytes(4);
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    static RandomPort secure() {
        java.security.SecureRandom r = new java.security.SecureRandom();
        return r::nextBytes;
    }

    static RandomPort seeded(long seed) {
        java.util.Random r = new java.util.Random(seed);
        return r::nextBytes;
    }
}
