package org.iosemu.config;

/** `authentication` values of an ISAKMP policy. */
public enum IkeAuthMethod {
    RSA_SIG("rsa-sig"), RSA_ENCR("rsa-encr"), PRE_SHARE("pre-share");

    private final String keyword;

    IkeAuthMethod(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static IkeAuthMethod fromKeyword(String k) {
        for (IkeAuthMethod m : values()) {
            if (m.keyword.equalsIgnoreCase(k)) {
                return m;
            }
        }
        throw new IllegalArgumentException(k);
    }
}
