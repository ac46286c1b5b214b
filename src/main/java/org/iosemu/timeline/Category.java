package org.iosemu.timeline;

/** The kinds of arrow the diagram tells apart (by colour, and in its data attributes). */
public enum Category {
    MAIN_MODE("main-mode", "Main Mode"),
    AGGRESSIVE_MODE("aggressive-mode", "Aggressive Mode"),
    QUICK_MODE("quick-mode", "Quick Mode"),
    /** R_U_THERE and R_U_THERE_ACK. */
    DPD("dpd", "DPD (R_U_THERE / R_U_THERE_ACK)"),
    DELETE("delete", "Informational: DELETE"),
    /** Other informational messages (notifies such as INVALID_SPI, or contents not reported). */
    INFORMATIONAL("informational", "Informational"),
    /** XAUTH and Mode Config (ISAKMP exchange type 6). */
    TRANSACTION("transaction", "Transaction (XAUTH / Mode Config)"),
    /** An ISAKMP datagram of another exchange type, or one that does not decode. */
    OTHER_IKE("other-ike", "Other ISAKMP"),
    ESP("esp", "ESP (one arrow per burst)");

    private final String cssName;
    private final String title;

    Category(String cssName, String title) {
        this.cssName = cssName;
        this.title = title;
    }

    public String cssName() {
        return cssName;
    }

    public String title() {
        return title;
    }
}
