package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.cli.command.CryptoShowRenderer;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.SplitNetwork;

/** `show crypto ipsec client ezvpn [NAME]` of a lab router, from the engine's {@link EasyVpnStatus}. */
final class EasyVpnShowRenderer {

    private EasyVpnShowRenderer() {
    }

    static List<String> render(List<EasyVpnStatus> remotes, RunningConfig config, Optional<String> name) {
        List<String> out = new ArrayList<>();
        out.add(CryptoShowRenderer.EZVPN_PHASE);
        out.add("");
        for (EasyVpnStatus s : remotes) {
            if (name.isPresent() && !name.get().equals(s.name())) {
                continue;
            }
            out.addAll(CryptoShowRenderer.ezvpnInterfaceLines(config, s.name()));
            out.add("Current State: " + s.state());
            out.add("Last Event: " + s.lastEvent());
            s.address().ifPresent(a -> out.add("Address: " + a));
            s.mask().ifPresent(m -> out.add("Mask: " + m));
            // DNS, WINS and domain lines: IOS's wording recalled, not captured (spec 1.2 [I])
            addNumbered(out, "DNS", s.dnsServers());
            addNumbered(out, "NBMS/WINS", s.winsServers());
            s.defaultDomain().ifPresent(d -> out.add("Default Domain: " + d));
            out.add("Save Password: " + (s.savePassword() ? "Allowed" : "Disallowed"));
            if (!s.splitInclude().isEmpty()) {
                out.add("Split Tunnel List: " + s.splitInclude().size());
                for (SplitNetwork n : s.splitInclude()) {
                    out.add("       Address    : " + n.address());
                    out.add("       Mask       : " + n.mask());
                    out.add("       Protocol   : 0x" + Integer.toHexString(n.protocol()));
                    out.add("       Source Port: " + n.sourcePort());
                    out.add("       Dest Port  : " + n.destinationPort());
                }
            }
            s.currentPeer().ifPresent(p -> out.add("Current EzVPN Peer: " + p));
            out.add("");
        }
        return out;
    }

    private static void addNumbered(List<String> out, String label, List<Ipv4> servers) {
        if (!servers.isEmpty()) {
            out.add(label + " Primary: " + servers.get(0));
        }
        if (servers.size() > 1) {
            out.add(label + " Secondary: " + servers.get(1));
        }
    }
}
