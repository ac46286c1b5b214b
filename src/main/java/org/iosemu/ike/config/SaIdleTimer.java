package org.iosemu.ike.config;

/**
 * IPsec SA idle timer (`set security-association idle-time SECONDS [default]`, or the global `crypto ipsec
 * security-association idle-time`): an SA that carried no packet for {@code seconds} is deleted; with
 * {@code returnToDefaultPeer} the map entry then goes back to its `default` peer. 0 seconds = no idle timer.
 */
public record SaIdleTimer(long seconds, boolean returnToDefaultPeer) {

    public static final SaIdleTimer NONE = new SaIdleTimer(0, false);

    public SaIdleTimer {
        if (seconds < 0) {
            throw new IllegalArgumentException("idle time must not be negative");
        }
    }

    public boolean enabled() {
        return seconds > 0;
    }
}
