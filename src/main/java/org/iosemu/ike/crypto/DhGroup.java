package org.iosemu.ike.crypto;

import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.params.DHParameters;

/**
 * MODP Diffie-Hellman groups 1, 2 (RFC 2409), 5 and 14 (RFC 3526).
 *
 * <p>Private exponents are short, as in strongSwan and IOS: RFC 3526 section 8 puts the exponent size needed at
 * about twice the group's strength (group 14: 110-160 bits of strength, 220-320 bit exponent), so 256 bits for
 * groups 1, 2 and 5 and 320 bits for group 14 — a 4-6x cheaper modular exponentiation than a full-length one.
 */
public enum DhGroup {
    GROUP1(1, DHStandardGroups.rfc2409_768, 256),
    GROUP2(2, DHStandardGroups.rfc2409_1024, 256),
    GROUP5(5, DHStandardGroups.rfc3526_1536, 256),
    GROUP14(14, DHStandardGroups.rfc3526_2048, 320);

    private final int number;
    private final DHParameters params;
    private final int exponentBits;
    private final BigInteger pMinusOne;

    DhGroup(int number, DHParameters params, int exponentBits) {
        this.number = number;
        this.params = params;
        this.exponentBits = exponentBits;
        this.pMinusOne = params.getP().subtract(BigInteger.ONE);
    }

    /** Length in bits of the private exponents this implementation generates. */
    public int exponentBits() {
        return exponentBits;
    }

    /** Bytes of randomness one private exponent needs. */
    public int exponentBytes() {
        return (exponentBits + 7) / 8;
    }

    BigInteger primeMinusOne() {
        return pMinusOne;
    }

    public int number() {
        return number;
    }

    public BigInteger prime() {
        return params.getP();
    }

    public BigInteger generator() {
        return params.getG();
    }

    /** Length in bytes of public values and shared secrets. */
    public int length() {
        return (params.getP().bitLength() + 7) / 8;
    }

    public static DhGroup of(int number) {
        for (DhGroup g : values()) {
            if (g.number == number) {
                return g;
            }
        }
        throw new IllegalArgumentException("unsupported DH group " + number);
    }
}
