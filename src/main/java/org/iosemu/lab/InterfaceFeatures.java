package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpFeatures;

/**
 * Which features an interface's configuration turns on, in IOS's order. Output: an Easy VPN outside interface's
 * tunnel (which takes its traffic, with its own translation, before the interface's NAT), NAT inside to outside, the
 * outbound access group (on the translated packet, before encryption), the crypto map last, so crypto sees the
 * translated packet as on IOS; `ip tcp adjust-mss` rewrites SYNs before crypto. Input: the inbound access group,
 * then NAT outside to inside, then `ip tcp adjust-mss`. A tunnel's protection is not a feature here but its
 * transmission (the encapsulation it does).
 */
final class InterfaceFeatures {

    private final IpStack ip;

    InterfaceFeatures(IpStack ip) {
        this.ip = ip;
    }

    List<OutputFeature> output(InterfaceConfig i) {
        List<OutputFeature> out = new ArrayList<>();
        if (i.ezvpnName().isPresent() && !i.ezvpnInside()) {
            out.add(ip.easyVpnOutput(i, i.ezvpnName().get())); // its own translation comes before the interface's NAT
        }
        if (i.features().nat().equals(Optional.of(IpFeatures.NatSide.OUTSIDE))) {
            out.add(ip.natOutput());
        }
        if (i.features().accessGroupOut().isPresent()) {
            out.add(ip.accessGroupOutput(i.name()));
        }
        i.tcpAdjustMss().ifPresent(limit -> out.add(p -> new OutputFeature.Verdict.Pass(TcpMss.adjust(p, limit))));
        i.cryptoMap().ifPresent(map -> out.add(ip.cryptoMapOutput(i, map)));
        return out;
    }

    List<InputFeature> input(InterfaceConfig i) {
        List<InputFeature> in = new ArrayList<>();
        if (i.features().accessGroupIn().isPresent()) {
            in.add(ip.accessGroupInput(i.name()));
        }
        if (i.features().nat().equals(Optional.of(IpFeatures.NatSide.OUTSIDE))) {
            in.add(ip.natInput());
        }
        i.tcpAdjustMss().ifPresent(limit -> in.add(p -> Optional.of(TcpMss.adjust(p, limit))));
        return in;
    }
}
