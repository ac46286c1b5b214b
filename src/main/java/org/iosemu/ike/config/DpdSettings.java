package org.iosemu.ike.config;

/** `crypto isakmp keepalive seconds [retry] [periodic|on-demand]`. */
public record DpdSettings(int seconds, int retrySeconds, DpdMode mode) {
    public static final int DEFAULT_RETRY = 2;

    public DpdSettings {
        if (seconds <= 0 || retrySeconds <= 0) {
            throw new IllegalArgumentException("keepalive " + seconds + " " + retrySeconds + " must be positive");
        }
        java.util.Objects.requireNonNull(mode);
    }

    public static DpdSettings onDemand(int seconds) {
        return new DpdSettings(seconds, DEFAULT_RETRY, DpdMode.ON_DEMAND);
    }

    public static DpdSettings periodic(int seconds, int retry) {
        return new DpdSettings(seconds, retry, DpdMode.PERIODIC);
    }
}
