package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.InterfaceConfig;

/**
 * Which features an interface's configuration turns on, in IOS's order. Output: (an outbound access group,
 * NAT inside to outside,) the crypto map last, so crypto sees the translated packet as on IOS. Input: (an
 * inbound access group, NAT outside to inside.) A tunnel's protection is not a feature here but its
 * transmission (the encapsulation it does).
 */
final class InterfaceFeatures {

    private final IpStack ip;

    InterfaceFeatures(IpStack ip) {
        this.ip = ip;
    }

    List<OutputFeature> output(InterfaceConfig i) {
        List<OutputFeature> out = new ArrayList<>();
        i.cryptoMap().ifPresent(map -> out.add(ip.cryptoMapOutput(map)));
        return out;
    }

    List<InputFeature> input(InterfaceConfig i) {
        return List.of();
    }
}
