package org.iosemu.config;

/** The banners modelled, in the order IOS writes them. */
public enum BannerKind {
    EXEC, LOGIN, MOTD;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
