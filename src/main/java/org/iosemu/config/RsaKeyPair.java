package org.iosemu.config;

import java.util.concurrent.atomic.AtomicLong;

/**
 * `crypto key generate rsa`: the general-purpose key pair's label and size (kept in NVRAM, not in show
 * run). {@code generation} tells two key pairs with the same label and size apart, so generating again
 * is a change (the SSH server then replaces its host key).
 */
public record RsaKeyPair(String label, int modulusBits, long generation) {

    private static final AtomicLong GENERATIONS = new AtomicLong();

    /** The key pair found in NVRAM at boot (generation 0: not made by this run). */
    public static RsaKeyPair fromNvram(String label, int modulusBits) {
        return new RsaKeyPair(label, modulusBits, 0);
    }

    public boolean fromNvram() {
        return generation == 0;
    }

    /** A freshly generated key pair. */
    public static RsaKeyPair generate(String label, int modulusBits) {
        return new RsaKeyPair(label, modulusBits, GENERATIONS.incrementAndGet());
    }
}
