package org.iosemu.config;

import java.util.Optional;

/** `ip route PREFIX MASK (NEXT-HOP | INTERFACE)`. */
public record StaticRoute(String prefix, String mask, Optional<String> nextHop, Optional<InterfaceName> exitInterface) {

    public String render() {
        return "ip route " + prefix + " " + mask + " "
                + nextHop.orElseGet(() -> exitInterface.orElseThrow().canonical());
    }
}
