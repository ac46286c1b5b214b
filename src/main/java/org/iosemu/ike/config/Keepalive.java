package org.iosemu.ike.config;

/** `crypto isakmp keepalive seconds [retry] [periodic|on-demand]`. */
public record Keepalive(int seconds, int retrySeconds, KeepaliveMode mode) {
    public static final int DEFAULT_RETRY = 2;

    public Keepalive {
        if (seconds <= 0 || retrySeconds <= 0) {
            throw new IllegalArgumentException("keepalive " + seconds + " " + retrySeconds + " must be positive");
        }
        java.util.Objects.requireNonNull(mode);
    }

    public static Keepalive onDemand(int seconds) {
        return new Keepalive(seconds, DEFAULT_RETRY, KeepaliveMode.ON_DEMAND);
    }

    public static Keepalive periodic(int seconds, int retry) {
        return new Keepalive(seconds, retry, KeepaliveMode.PERIODIC);
    }
}
