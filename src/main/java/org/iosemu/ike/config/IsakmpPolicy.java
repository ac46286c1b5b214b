package org.iosemu.ike.config;

/** One `crypto isakmp policy` (authentication is always pre-share in this emulator). */
public record IsakmpPolicy(int priority, IkeEncryption encryption, IkeHash hash, int group, long lifetimeSeconds) {
    /** IOS defaults for a new policy in 12.4/15.x (3DES is the later default; DES on old images). */
    public static IsakmpPolicy defaults(int priority) {
        return new IsakmpPolicy(priority, IkeEncryption.TRIPLE_DES, IkeHash.SHA, 1, 86_400);
    }
}
