package org.iosemu.ike.config;

/**
 * NAT traversal settings: `crypto ipsec nat-transparency udp-encapsulation` (on by default, as on IOS) and
 * `crypto isakmp nat keepalive SECONDS` (0 = no NAT keepalives).
 */
public record NatTransparency(boolean enabled, int keepaliveSeconds) {
    public static final NatTransparency DEFAULT = new NatTransparency(true, 0);

    public NatTransparency {
        if (keepaliveSeconds != 0 && (keepaliveSeconds < 5 || keepaliveSeconds > 3600)) {
            throw new IllegalArgumentException("NAT keepalive " + keepaliveSeconds + " outside 5-3600");
        }
    }
}
