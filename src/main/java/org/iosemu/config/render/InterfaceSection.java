package org.iosemu.config.render;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceConfig.Duplex;

/** One `interface` block of show run (without the trailing `!`). */
public final class InterfaceSection {

    private InterfaceSection() {}

    public static List<String> render(InterfaceConfig i) {
        List<String> out = new ArrayList<>();
        out.add("interface " + i.name().canonical());
        i.description().ifPresent(d -> out.add(" description " + d));
        i.mtu().ifPresent(m -> out.add(" mtu " + m));
        if (i.address().isPresent()) {
            out.add(" ip address " + i.address().get());
            i.secondaries().forEach(a -> out.add(" ip address " + a + " secondary"));
        } else if (i.unnumbered().isPresent()) {
            out.add(" ip unnumbered " + i.unnumbered().get().canonical());
        } else {
            out.add(" no ip address");
        }
        out.addAll(i.features().renderFilters());
        i.ipMtu().ifPresent(m -> out.add(" ip mtu " + m));
        out.addAll(i.features().renderTranslation());
        i.tcpAdjustMss().ifPresent(m -> out.add(" ip tcp adjust-mss " + m));
        i.dfBit().ifPresent(d -> out.add(" crypto ipsec df-bit " + d.keyword()));
        i.fragmentation().ifPresent(f -> out.add(" crypto ipsec fragmentation " + f.keyword()));
        if (i.shutdown()) {
            out.add(" shutdown");
        }
        i.keepalive().ifPresent(k -> out.add(k.render()));
        out.addAll(i.tunnel().render());
        if (i.name().hasSpeedAndDuplex()) {
            out.add(" duplex " + i.duplex().name().toLowerCase(java.util.Locale.ROOT));
            out.add(" speed " + i.speed().keyword());
        } else if (i.name().type().physical() && i.duplex() != Duplex.AUTO) {
            out.add(i.duplex() == Duplex.HALF ? " half-duplex" : " full-duplex");
        }
        i.ezvpnName().ifPresent(n -> out.add(" crypto ipsec client ezvpn " + n + (i.ezvpnInside() ? " inside" : "")));
        i.cryptoMap().ifPresent(m -> out.add(" crypto map " + m));
        return out;
    }
}
