package org.iosemu.ike.config;

/** One `crypto isakmp policy` (authentication is always pre-share in this emulator). */
public record IkeProposal(int priority, IkeEncryption encryption, Phase1Hash hash, int group, long lifetimeSeconds) {
    public IkeProposal {
        java.util.Objects.requireNonNull(encryption);
        java.util.Objects.requireNonNull(hash);
        if (group != 1 && group != 2 && group != 5 && group != 14) {
            throw new IllegalArgumentException("unsupported DH group " + group);
        }
        if (lifetimeSeconds <= 0) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
    }

    /** IOS defaults for a new policy in 12.4/15.x (3DES is the later default; DES on old images). */
    public static IkeProposal defaults(int priority) {
        return new IkeProposal(priority, IkeEncryption.TRIPLE_DES, Phase1Hash.SHA, 1, 86_400);
    }
}
