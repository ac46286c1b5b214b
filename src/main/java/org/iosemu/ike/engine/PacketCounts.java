package org.iosemu.ike.engine;

/**
 * An SA's packet counters as `show crypto ipsec sa` sums them per flow. IOS keeps them per flow across rekeys: what
 * an SA counted passes to its successor for the same flow when it goes ({@link IpsecSaState#carried}).
 */
record PacketCounts(long encaps, long encrypt, long digest, long decaps, long decrypt, long verify) {

    static final PacketCounts ZERO = new PacketCounts(0, 0, 0, 0, 0, 0);

    PacketCounts plus(PacketCounts o) {
        return new PacketCounts(encaps + o.encaps, encrypt + o.encrypt, digest + o.digest, decaps + o.decaps,
                decrypt + o.decrypt, verify + o.verify);
    }
}
