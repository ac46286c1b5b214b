package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.IkeSnapshot;

/** `show crypto session [detail]` (15.x layout: `Session ID`, `IKEv1 SA`). */
final class SessionRenderer {

    private SessionRenderer() {}

    static String status(CryptoBindings.Binding b) {
        boolean ikeUp = b.ikeSa().filter(sa -> "ACTIVE".equals(sa.status())).isPresent();
        boolean ipsec = !b.allSas().isEmpty();
        if (ikeUp) {
            return ipsec ? "UP-ACTIVE" : "UP-IDLE";
        }
        if (b.ikeSa().isPresent()) {
            return "DOWN-NEGOTIATING";
        }
        return ipsec ? "UP-NO-IKE" : "DOWN";
    }

    static List<String> brief(List<CryptoBindings.Binding> bindings) {
        return brief(bindings, List.of());
    }

    /**
     * {@code remoteUsers}: the Easy VPN clients this router serves; a session on one of their IKE SAs names the
     * user, group and assigned address under its interface.
     */
    static List<String> brief(List<CryptoBindings.Binding> bindings, List<org.iosemu.ike.RemoteAccessSession> remoteUsers) {
        List<String> out = new ArrayList<>();
        out.add("Crypto session current status");
        out.add("");
        for (CryptoBindings.Binding b : bindings) {
            if (b.currentPeer().isEmpty()) {
                continue;
            }
            out.add("Interface: " + b.iface().name());
            remoteUser(out, b, remoteUsers);
            out.add("Session status: " + status(b));
            out.add("Peer: " + b.currentPeer().get() + " port " + peerPort(b));
            b.ikeSa().ifPresent(sa -> {
                out.add("  Session ID: 0");
                out.add("  IKEv1 SA: " + ikeLine(b, sa));
            });
            for (CryptoBindings.FlowState f : b.flows()) {
                out.add("  IPSEC FLOW: " + f.flow().aclText());
                out.add("        Active SAs: " + 2 * f.sas().size() + ", origin: " + origin(b));
            }
            out.add("");
        }
        return out;
    }

    static List<String> detail(List<CryptoBindings.Binding> bindings, java.util.function.IntFunction<java.util.OptionalLong> uptime) {
        return detail(bindings, uptime, List.of());
    }

    static List<String> detail(List<CryptoBindings.Binding> bindings, java.util.function.IntFunction<java.util.OptionalLong> uptime,
                               List<org.iosemu.ike.RemoteAccessSession> remoteUsers) {
        List<String> out = new ArrayList<>();
        out.add("Crypto session current status");
        out.add(" ");
        out.add("Code: C - IKE Configuration mode, D - Dead Peer Detection    ");
        out.add("K - Keepalives, N - NAT-traversal, T - cTCP encapsulation    ");
        out.add("X - IKE Extended Authentication, F - IKE Fragmentation");
        out.add("R - IKE Auto Reconnect");
        out.add(" ");
        for (CryptoBindings.Binding b : bindings) {
            if (b.currentPeer().isEmpty()) {
                continue;
            }
            String status = status(b);
            boolean up = status.startsWith("UP");
            out.add("Interface: " + b.iface().name());
            remoteUser(out, b, remoteUsers);
            Optional<IkeSnapshot.IkeSa> ike = b.ikeSa();
            if (up && ike.isPresent()) {
                long seconds = uptime.apply(ike.get().connId())
                        .orElse(ike.get().lifetimeSeconds() - ike.get().remainingSeconds());
                out.add("Uptime: " + Durations.uptime(seconds));
            }
            out.add("Session status: " + status + (up ? "    " : ""));
            out.add("Peer: " + b.currentPeer().get() + " port " + peerPort(b) + " fvrf: (none) ivrf: (none)");
            // an Easy VPN client authenticated with its group name (ID_KEY_ID): IOS names the group, not the address
            String phase1 = ike.filter(sa -> "ACTIVE".equals(sa.status()))
                    .map(sa -> remoteUserOf(b, remoteUsers).map(org.iosemu.ike.RemoteAccessSession::group)
                            .orElseGet(() -> IsakmpSaRenderer.remote(sa).toString()))
                    .orElse("(none)");
            if (up) {
                out.add("      Phase1_id: " + phase1);
                out.add("      Desc: " + b.entry().description().orElse("(none)"));
            } else {
                out.add("      Desc: " + b.entry().description().orElse("(none)"));
                out.add("      Phase1_id: " + phase1);
            }
            ike.ifPresent(sa -> {
                out.add("  Session ID: 0 ");
                out.add("  IKEv1 SA: " + ikeLine(b, sa));
                boolean active = "ACTIVE".equals(sa.status());
                out.add("          Capabilities:" + (sa.capabilities().isEmpty() ? "(none)" : sa.capabilities())
                        + " connid:" + (active ? sa.connId() : 0) + " lifetime:"
                        + (active ? Durations.hms(sa.remainingSeconds()) : "0"));
            });
            for (CryptoBindings.FlowState f : b.flows()) {
                out.add("  IPSEC FLOW: " + f.flow().aclText());
                out.add("        Active SAs: " + 2 * f.sas().size() + ", origin: " + origin(b));
                long dec = f.sas().stream().mapToLong(IkeSnapshot.IpsecSa::decrypt).sum();
                long enc = f.sas().stream().mapToLong(IkeSnapshot.IpsecSa::encrypt).sum();
                String life = f.sas().stream().reduce((a, c) -> c)
                        .map(s -> s.remainingKilobytes() + "/" + s.remainingSeconds()).orElse("0/0");
                out.add("        Inbound:  #pkts dec'ed " + dec + " drop 0 life (KB/Sec) " + life);
                out.add("        Outbound: #pkts enc'ed " + enc + " drop 0 life (KB/Sec) " + life);
            }
            out.add(" ");
        }
        return out;
    }

    private static int peerPort(CryptoBindings.Binding b) {
        return b.ikeSa().map(IkeSnapshot.IkeSa::remotePort).orElse(500);
    }

    private static String ikeLine(CryptoBindings.Binding b, IkeSnapshot.IkeSa sa) {
        return "local " + IsakmpSaRenderer.local(sa) + "/" + sa.localPort() + " remote " + IsakmpSaRenderer.remote(sa)
                + "/" + sa.remotePort() + ("ACTIVE".equals(sa.status()) ? " Active" : " Inactive");
    }

    /** IOS names what an SA was set up for: a crypto map entry, or a dynamic map instantiated for the peer. */
    private static String origin(CryptoBindings.Binding b) {
        return b.entry().dynamicMap().isPresent() ? "dynamic crypto map" : "crypto map";
    }

    /** `Username:`, `Group:`, `Assigned address:` of an Easy VPN client's session (IOS 15.x server layout). */
    private static void remoteUser(List<String> out, CryptoBindings.Binding b, List<org.iosemu.ike.RemoteAccessSession> remoteUsers) {
        remoteUserOf(b, remoteUsers).ifPresent(r -> {
            if (!r.user().isEmpty()) {
                out.add("Username: " + r.user());
            }
            out.add("Group: " + r.group());
            r.assigned().ifPresent(a -> out.add("Assigned address: " + a));
        });
    }

    private static Optional<org.iosemu.ike.RemoteAccessSession> remoteUserOf(CryptoBindings.Binding b,
                                                                             List<org.iosemu.ike.RemoteAccessSession> remoteUsers) {
        return b.ikeSa().flatMap(sa -> remoteUsers.stream().filter(r -> r.connId() == sa.connId()).findFirst());
    }
}
