package org.iosemu.config;

/** `crypto isakmp keepalive SECONDS [RETRY] [periodic|on-demand]`: DPD timing. */
public record Keepalive(int seconds, int retrySeconds, boolean periodic) {

    public static final int DEFAULT_RETRY = 2;

    /** Retry shown only when not the default; `on-demand` is the default and never written. */
    public String render() {
        return "crypto isakmp keepalive " + seconds + (retrySeconds != DEFAULT_RETRY ? " " + retrySeconds : "")
                + (periodic ? " periodic" : "");
    }
}
