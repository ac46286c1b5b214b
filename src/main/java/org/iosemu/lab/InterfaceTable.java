package org.iosemu.lab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.RunningConfig;
import org.iosemu.routing.LineProtocol;
import org.iosemu.routing.LineState;
import org.iosemu.routing.Rib;

/**
 * A router's interfaces at one moment: one {@link RouterInterface} per configured interface (and Null0), each
 * with its line state and its features. Built for one configuration and one set of tunnel states; the routes and
 * the forwarding path read it.
 */
final class InterfaceTable {

    private final Map<InterfaceName, RouterInterface> byName = new LinkedHashMap<>();

    InterfaceTable(RunningConfig config, Function<InterfaceConfig, LineState> states, InterfaceFeatures features) {
        for (InterfaceConfig i : config.interfaces()) {
            byName.put(i.name(), new RouterInterface(i, states.apply(i), features.input(i), features.output(i),
                    i.name().type() == InterfaceType.TUNNEL ? RouterInterface.Transmission.TUNNEL
                            : RouterInterface.Transmission.NETWORK));
        }
        InterfaceConfig null0 = Rib.NULL0;
        byName.put(null0.name(), new RouterInterface(null0, LineState.configured(null0), java.util.List.of(),
                java.util.List.of(), RouterInterface.Transmission.DISCARD));
    }

    Optional<RouterInterface> get(InterfaceName name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The line protocols the routes follow. */
    LineProtocol lineProtocol() {
        return i -> get(i.name()).map(r -> r.state().protocolUp()).orElse(false);
    }
}
