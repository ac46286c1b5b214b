package org.iosemu.config;

import java.util.Optional;
import java.util.OptionalInt;

/** One `ip nat inside source ...` line: a dynamic mapping (by access list or route map) or a static one. */
public sealed interface NatRule {

    String render();

    /**
     * `ip nat inside source list ACL | route-map RM  interface IF | pool NAME  [overload]`: inside local addresses
     * the list or map selects are translated to the interface's address or the pool's.
     */
    record Dynamic(boolean byRouteMap, String selector, Optional<InterfaceName> iface, Optional<String> pool,
                   boolean overload) implements NatRule {
        @Override
        public String render() {
            return "ip nat inside source " + (byRouteMap ? "route-map " : "list ") + selector
                    + iface.map(i -> " interface " + i.canonical()).orElseGet(() -> " pool " + pool.orElseThrow())
                    + (overload ? " overload" : "");
        }

        /** Two lines for the same list or map are one mapping (the later replaces the earlier). */
        public boolean sameMapping(Dynamic other) {
            return byRouteMap == other.byRouteMap && selector.equals(other.selector);
        }
    }

    /**
     * `ip nat inside source static [tcp|udp] LOCAL [PORT] GLOBAL [PORT] [extendable]`. IOS adds `extendable` to a
     * port mapping by itself.
     */
    record Static(Optional<String> protocol, String local, OptionalInt localPort, String global, OptionalInt globalPort,
                  boolean extendable) implements NatRule {
        @Override
        public String render() {
            StringBuilder b = new StringBuilder("ip nat inside source static ");
            protocol.ifPresent(p -> b.append(p).append(' '));
            b.append(local);
            localPort.ifPresent(p -> b.append(' ').append(p));
            b.append(' ').append(global);
            globalPort.ifPresent(p -> b.append(' ').append(p));
            if (extendable) {
                b.append(" extendable");
            }
            return b.toString();
        }

        public boolean sameMapping(Static other) {
            return protocol.equals(other.protocol) && local.equals(other.local) && localPort.equals(other.localPort);
        }
    }
}
