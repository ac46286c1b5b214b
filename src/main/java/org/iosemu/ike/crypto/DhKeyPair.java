package org.iosemu.ike.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** One side's Diffie-Hellman values for one exchange. */
public record DhKeyPair(DhGroup group, BigInteger privateValue, byte[] publicValue) {

    /**
     * Builds a key pair from random bytes supplied by the caller (so tests can be deterministic): the private value is
     * the low {@link DhGroup#exponentBits()} bits of those bytes with the top one set, i.e. always exactly that long
     * (and so always in [2, p-2]).
     */
    public static DhKeyPair generate(DhGroup group, byte[] randomBytes) {
        int bits = group.exponentBits();
        int n = group.exponentBytes();
        byte[] low = randomBytes.length > n ? Arrays.copyOfRange(randomBytes, randomBytes.length - n, randomBytes.length) : randomBytes;
        BigInteger x = new BigInteger(1, low);
        if (x.bitLength() > bits) {
            x = x.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        }
        return fromPrivate(group, x.setBit(bits - 1));
    }

    public static DhKeyPair fromPrivate(DhGroup group, BigInteger x) {
        BigInteger y = group.generator().modPow(x, group.prime());
        return new DhKeyPair(group, x, Bytes.leftPad(y, group.length()));
    }

    /** g^xy padded to the prime length, or empty when the peer's value is out of range (1 < y < p-1). */
    public Optional<byte[]> sharedSecret(byte[] peerPublic) {
        if (peerPublic.length != group.length()) {
            return Optional.empty();
        }
        BigInteger y = new BigInteger(1, peerPublic);
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(group.primeMinusOne()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Bytes.leftPad(y.modPow(privateValue, group.prime()), group.length()));
    }
}
