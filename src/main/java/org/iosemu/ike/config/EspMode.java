package org.iosemu.ike.config;

/** Encapsulation mode; the value is the IPsec DOI attribute value. */
public enum EspMode {
    TUNNEL(1), TRANSPORT(2);

    private final int attributeValue;

    EspMode(int attributeValue) {
        this.attributeValue = attributeValue;
    }

    public int attributeValue() {
        return attributeValue;
    }
}
