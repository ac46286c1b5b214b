package org.iosemu.ike.codec;

/** Notify message types we send or recognise, with the names IOS prints. */
public final class NotifyType {
    public static final int INVALID_PAYLOAD_TYPE = 1;
    public static final int INVALID_COOKIE = 4;
    public static final int INVALID_SPI = 11;
    public static final int NO_PROPOSAL_CHOSEN = 14;
    public static final int INVALID_HASH_INFORMATION = 23;
    /** RFC 2407 4.6.3 (IPsec DOI status type); strongSwan and IOS send it in Main Mode message 5. */
    public static final int INITIAL_CONTACT = 24578;
    public static final int RESPONDER_LIFETIME = 24576;
    public static final int R_U_THERE = 36136;
    public static final int R_U_THERE_ACK = 36137;

    private NotifyType() {
    }

    public static String name(int type) {
        return switch (type) {
            case INVALID_SPI -> "INVALID_SPI";
            case NO_PROPOSAL_CHOSEN -> "PROPOSAL_NOT_CHOSEN";
            case INVALID_HASH_INFORMATION -> "INVALID_HASH_INFORMATION";
            case INITIAL_CONTACT -> "INITIAL_CONTACT";
            case RESPONDER_LIFETIME -> "RESPONDER_LIFETIME";
            case R_U_THERE -> "R_U_THERE";
            case R_U_THERE_ACK -> "R_U_THERE_ACK";
            default -> "UNKNOWN(" + type + ")";
        };
    }
}
