package org.iosemu.config;

/** A TCP/UDP port match: eq/gt/lt/neq N, or range N M. */
public record AclPort(String operator, int port, int upper) {
    public String render() {
        return operator + " " + port + (operator.equals("range") ? " " + upper : "");
    }
}
