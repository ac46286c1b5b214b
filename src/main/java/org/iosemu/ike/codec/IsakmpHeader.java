package org.iosemu.ike.codec;

/** The fixed 28-byte ISAKMP header. Cookies are 8 bytes each; length covers the whole message. */
public record IsakmpHeader(byte[] initiatorCookie, byte[] responderCookie, int nextPayload, int version,
                           int exchangeType, int flags, int messageId, int length) {
    public static final int SIZE = 28;
    public static final int FLAG_ENCRYPTION = 0x01;
    public static final int FLAG_COMMIT = 0x02;
    public static final int VERSION_IKEV1 = 0x10;

    public boolean encrypted() {
        return (flags & FLAG_ENCRYPTION) != 0;
    }

    public IsakmpHeader withLength(int newLength) {
        return new IsakmpHeader(initiatorCookie, responderCookie, nextPayload, version, exchangeType, flags, messageId, newLength);
    }

    public IsakmpHeader withNextPayload(int next) {
        return new IsakmpHeader(initiatorCookie, responderCookie, next, version, exchangeType, flags, messageId, length);
    }
}
