package org.iosemu.routing;

import org.iosemu.config.InterfaceConfig;

/**
 * Whether an interface's line protocol is up, which decides whether its connected routes and the static routes
 * through it are installed. The configuration alone knows only `shutdown`; a router's runtime knows more (a
 * tunnel's line protocol follows its source, destination and IPsec SA).
 */
@FunctionalInterface
public interface LineProtocol {

    /** Up unless shut down: what a configuration says without a runtime behind it. */
    LineProtocol ADMINISTRATIVE = i -> !i.shutdown();

    boolean up(InterfaceConfig iface);
}
