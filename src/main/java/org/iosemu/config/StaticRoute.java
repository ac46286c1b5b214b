package org.iosemu.config;

import java.util.Optional;

/**
 * `ip route PREFIX MASK (NEXT-HOP | INTERFACE [NEXT-HOP]) [DISTANCE] [tag TAG] [name NAME]`. The prefix, mask
 * and target identify the route (entering it again with other options replaces it); distance 1 is the
 * static default and is not written.
 */
public record StaticRoute(String prefix, String mask, Optional<String> nextHop, Optional<InterfaceName> exitInterface,
                          int distance, Optional<Long> tag, Optional<String> name) {

    public static final int DEFAULT_DISTANCE = 1;

    public StaticRoute {
        if (nextHop.isEmpty() && exitInterface.isEmpty()) {
            throw new IllegalArgumentException("a static route needs a next hop or an interface");
        }
    }

    public StaticRoute(String prefix, String mask, Optional<String> nextHop, Optional<InterfaceName> exitInterface) {
        this(prefix, mask, nextHop, exitInterface, DEFAULT_DISTANCE, Optional.empty(), Optional.empty());
    }

    /** Whether both name the same route: prefix, mask, interface and next hop (the options aside). */
    public boolean sameRoute(StaticRoute other) {
        return prefix.equals(other.prefix) && mask.equals(other.mask) && nextHop.equals(other.nextHop)
                && exitInterface.equals(other.exitInterface);
    }

    public String render() {
        StringBuilder line = new StringBuilder("ip route ").append(prefix).append(' ').append(mask);
        exitInterface.ifPresent(i -> line.append(' ').append(i.canonical()));
        nextHop.ifPresent(h -> line.append(' ').append(h));
        if (distance != DEFAULT_DISTANCE) {
            line.append(' ').append(distance);
        }
        tag.ifPresent(t -> line.append(" tag ").append(t));
        name.ifPresent(n -> line.append(" name ").append(n));
        return line.toString();
    }
}
