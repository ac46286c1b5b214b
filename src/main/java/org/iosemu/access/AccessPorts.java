package org.iosemu.access;

import java.util.OptionalInt;

/**
 * The loopback ports a router listens on for SSH and telnet; empty = that server is off. In a lab the
 * n-th router (0-based) gets each port plus n.
 */
public record AccessPorts(OptionalInt ssh, OptionalInt telnet) {

    public static final AccessPorts NONE = new AccessPorts(OptionalInt.empty(), OptionalInt.empty());

    public AccessPorts {
        check(ssh);
        check(telnet);
    }

    public boolean any() {
        return ssh.isPresent() || telnet.isPresent();
    }

    /** The ports of the router {@code index} places after this one. */
    public AccessPorts offset(int index) {
        return new AccessPorts(shift(ssh, index), shift(telnet, index));
    }

    AccessPorts withSsh(int port) {
        return new AccessPorts(OptionalInt.of(port), telnet);
    }

    AccessPorts withTelnet(int port) {
        return new AccessPorts(ssh, OptionalInt.of(port));
    }

    private static OptionalInt shift(OptionalInt port, int index) {
        return port.isPresent() && port.getAsInt() != 0 ? OptionalInt.of(port.getAsInt() + index) : port;
    }

    private static void check(OptionalInt port) {
        if (port.isPresent() && (port.getAsInt() < 0 || port.getAsInt() > 65535)) {
            throw new IllegalArgumentException("port out of range: " + port.getAsInt());
        }
    }
}
