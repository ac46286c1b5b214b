package org.iosemu.lab;

import java.util.List;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.routing.LineState;

/**
 * One interface of a running router: its configuration, its line state, its input and output features in
 * order, and how it transmits what leaves the last output feature.
 */
record RouterInterface(InterfaceConfig config, LineState state, List<InputFeature> input, List<OutputFeature> output,
                       Transmission transmission) {

    /** What the interface does with a packet after its output features. */
    enum Transmission {
        /** Onto the lab network (Ethernet, serial, the loopback's own addresses never get here). */
        NETWORK,
        /** Null0: discarded. */
        DISCARD,
        /** Encapsulated by the tunnel (GRE or IPsec) and routed again towards the tunnel destination. */
        TUNNEL
    }

    RouterInterface {
        input = List.copyOf(input);
        output = List.copyOf(output);
    }

    InterfaceName name() {
        return config.name();
    }
}
