package org.iosemu.config;

/** `hash` values of an ISAKMP policy. */
public enum IkeHash {
    SHA("sha"), MD5("md5"), SHA256("sha256"), SHA384("sha384"), SHA512("sha512");

    private final String keyword;

    IkeHash(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static IkeHash fromKeyword(String k) {
        for (IkeHash h : values()) {
            if (h.keyword.equalsIgnoreCase(k)) {
                return h;
            }
        }
        throw new IllegalArgumentException(k);
    }
}
