package org.iosemu.ike.codec;

import java.math.BigInteger;

/**
 * A data attribute. Basic (TV) attributes carry a 16-bit value; variable (TLV) ones carry bytes.
 * {@link #basic()} decides the wire format.
 */
public record Attribute(int type, boolean basic, byte[] value) {
    public static Attribute tv(int type, int value) {
        return new Attribute(type, true, new byte[] {(byte) (value >>> 8), (byte) value});
    }

    /** A lifetime-style number: TV when it fits in 16 bits, otherwise a 4-byte TLV (as IOS sends 86400). */
    public static Attribute number(int type, long value) {
        if (value >= 0 && value <= 0xffff) {
            return tv(type, (int) value);
        }
        return new Attribute(type, false, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** The value as an unsigned number (values longer than 8 bytes saturate to Long.MAX_VALUE). */
    public long longValue() {
        if (value.length == 0) {
            return 0;
        }
        BigInteger v = new BigInteger(1, value);
        return v.bitLength() > 63 ? Long.MAX_VALUE : v.longValue();
    }
}
