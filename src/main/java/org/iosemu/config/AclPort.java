package org.iosemu.config;

/** A TCP/UDP port match: eq/gt/lt/neq N, or range N M. */
public record AclPort(String operator, int port, int upper) {

    /** As IOS writes it in a {@code protocol} rule: well-known ports by name (`eq isakmp`, `range ftp-data ftp`). */
    public String render(String protocol) {
        return operator + " " + PortNames.render(protocol, port)
                + (operator.equals("range") ? " " + PortNames.render(protocol, upper) : "");
    }

    /** Whether {@code p} matches. */
    public boolean matches(int p) {
        return switch (operator) {
            case "eq" -> p == port;
            case "neq" -> p != port;
            case "gt" -> p > port;
            case "lt" -> p < port;
            default -> p >= Math.min(port, upper) && p <= Math.max(port, upper);
        };
    }
}
