package org.iosemu.ike.config;

/** The TCP/UDP ports an ACL rule matches: low..high inclusive, or every port but those when negated (`neq`). */
public record PortRange(int low, int high, boolean negated) {

    /** No port condition: matches every packet, including protocols without ports. */
    public static final PortRange ANY = new PortRange(0, 65535, false);

    public PortRange {
        if (low < 0 || high > 65535 || low > high) {
            throw new IllegalArgumentException("bad port range " + low + "-" + high);
        }
    }

    public static PortRange exactly(int port) {
        return new PortRange(port, port, false);
    }

    /** @param port a packet's port, or -1 when the packet carries none */
    public boolean contains(int port) {
        if (equals(ANY)) {
            return true;
        }
        return port >= 0 && (port >= low && port <= high) != negated;
    }
}
