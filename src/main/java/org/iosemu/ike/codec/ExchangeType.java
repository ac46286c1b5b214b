package org.iosemu.ike.codec;

/** ISAKMP exchange types used by IKEv1. */
public final class ExchangeType {
    public static final int IDENTITY_PROTECTION = 2; // Main Mode
    public static final int AGGRESSIVE = 4;
    public static final int INFORMATIONAL = 5;
    /** ISAKMP Transaction exchange (draft-dukes-ike-mode-cfg): XAUTH and Mode Config. */
    public static final int TRANSACTION = 6;
    public static final int QUICK_MODE = 32;

    private ExchangeType() {
    }
}
