package org.iosemu.ike.crypto;

import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.params.DHParameters;

/** MODP Diffie-Hellman groups 1, 2 (RFC 2409), 5 and 14 (RFC 3526). */
public enum DhGroup {
    GROUP1(1, DHStandardGroups.rfc2409_768),
    GROUP2(2, DHStandardGroups.rfc2409_1024),
    GROUP5(5, DHStandardGroups.rfc3526_1536),
    GROUP14(14, DHStandardGroups.rfc3526_2048);

    private final int number;
    private final DHParameters params;

    DhGroup(int number, DHParameters params) {
        this.number = number;
        this.params = params;
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
