package org.iosemu.routing;

import java.util.Optional;
import org.iosemu.config.InterfaceConfig;

/**
 * One installed route: where it came from, what it covers, the next hop it names (static routes via an
 * address) and the interface packets leave by (for a static via an address, the one that reaches it; {@code
 * exitNamed} when the route itself names it, `ip route P M FastEthernet0 10.1.32.1`), and its administrative
 * distance (the source's, or a floating static's own).
 */
public record Route(Source source, Prefix prefix, Optional<Integer> nextHop, InterfaceConfig exit, boolean exitNamed,
                    int distance) {

    public Route(Source source, Prefix prefix, Optional<Integer> nextHop, InterfaceConfig exit) {
        this(source, prefix, nextHop, exit, true, source.distance());
    }

    /** Route sources this router has, with IOS's code letter and default administrative distance. */
    public enum Source {
        CONNECTED("C", 0), LOCAL("L", 0), STATIC("S", 1);

        private final String code;
        private final int distance;

        Source(String code, int distance) {
            this.code = code;
            this.distance = distance;
        }

        public String code() {
            return code;
        }

        public int distance() {
            return distance;
        }
    }

    /** The default route is IOS's "candidate default" (`*` after the code). */
    public boolean isDefault() {
        return prefix.length() == 0;
    }
}
