package org.iosemu.ike.codec;

/** A received ISAKMP message could not be parsed; {@link #reason()} says why. */
public final class DecodeException extends Exception {
    public enum Reason { TRUNCATED, OVERSIZED, BAD_LENGTH, BAD_VERSION, BAD_FIELD }

    private final Reason reason;

    public DecodeException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
