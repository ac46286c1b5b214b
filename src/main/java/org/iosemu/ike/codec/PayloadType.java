package org.iosemu.ike.codec;

/** ISAKMP payload type numbers (RFC 2408 3.1, RFC 3947 NAT-D, draft NAT-D 130). */
public final class PayloadType {
    public static final int NONE = 0;
    public static final int SA = 1;
    public static final int PROPOSAL = 2;
    public static final int TRANSFORM = 3;
    public static final int KE = 4;
    public static final int ID = 5;
    public static final int CERT = 6;
    public static final int CERT_REQ = 7;
    public static final int HASH = 8;
    public static final int SIGNATURE = 9;
    public static final int NONCE = 10;
    public static final int NOTIFY = 11;
    public static final int DELETE = 12;
    public static final int VENDOR_ID = 13;
    /** The attribute payload of a Transaction exchange (draft-dukes-ike-mode-cfg 3.2). */
    public static final int ATTRIBUTES = 14;
    public static final int NAT_D = 20;
    public static final int NAT_OA = 21;
    public static final int NAT_D_DRAFT = 130;
    public static final int NAT_OA_DRAFT = 131;

    private PayloadType() {
    }
}
