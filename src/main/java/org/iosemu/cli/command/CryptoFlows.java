package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclPort;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.RunningConfig;

/**
 * The protected flows IOS derives from a crypto map's ACL, numbered or named (one per permit line), and their displays in
 * `show crypto ipsec sa` / `show crypto session` while no SA exists.
 */
public final class CryptoFlows {

    /** One ACL permit line seen as an IPsec flow: address/mask pairs, protocol number, ports, session text. */
    public record Flow(String localAddress, String localMask, String remoteAddress, String remoteMask, int protocol,
                       int localPort, int remotePort, String aclText) {}

    private CryptoFlows() {}

    public static List<Flow> flows(RunningConfig config, CryptoMapEntry entry) {
        List<Flow> out = new ArrayList<>();
        List<AclEntry> entries = entry.matchAddress().flatMap(config::accessList).map(AccessList::entries).orElse(List.of());
        for (AclEntry e : entries) {
            OptionalInt number = e.protocolNumber();
            if (e.isRemark() || !e.permit() || number.isEmpty()) {
                continue;
            }
            AclAddress src = e.source();
            AclAddress dst = e.destination().orElseThrow();
            int protocol = number.getAsInt();
            String text = "permit " + (protocol == 0 ? "ip" : String.valueOf(protocol)) + " " + flowEnd(src) + " " + flowEnd(dst);
            out.add(new Flow(address(src), mask(src), address(dst), mask(dst), protocol,
                    port(e.sourcePort()), port(e.destinationPort()), text));
        }
        return out;
    }

    /** `host A.B.C.D` or `ADDRESS/MASK`, as `show crypto session` writes flow ends. */
    private static String flowEnd(AclAddress a) {
        return a.kind() == AclAddress.Kind.HOST ? "host " + a.address() : address(a) + "/" + mask(a);
    }

    private static String address(AclAddress a) {
        return a.kind() == AclAddress.Kind.ANY ? "0.0.0.0" : a.address();
    }

    private static String mask(AclAddress a) {
        return switch (a.kind()) {
            case ANY -> "0.0.0.0";
            case HOST -> "255.255.255.255";
            case WILDCARD -> invert(a.wildcard());
        };
    }

    private static int port(Optional<AclPort> p) {
        return p.filter(x -> x.operator().equals("eq")).map(AclPort::port).orElse(0);
    }

    private static String invert(String wildcard) {
        String[] p = wildcard.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(i == 0 ? "" : ".").append(255 - Integer.parseInt(p[i]));
        }
        return b.toString();
    }

    /** `show crypto ipsec sa` for an interface whose map has negotiated nothing yet. */
    public static List<String> ipsecSaWithoutSas(RunningConfig config, InterfaceConfig iface) {
        List<String> out = new ArrayList<>();
        String mapName = iface.cryptoMap().orElseThrow();
        String local = iface.address().map(a -> a.address()).orElse("0.0.0.0");
        out.add("");
        out.add("interface: " + iface.name());
        out.add("    Crypto map tag: " + mapName + ", local addr " + local);
        for (CryptoMapEntry entry : config.crypto().map(mapName).map(m -> m.entries()).orElse(List.of())) {
            String peer = entry.peers().isEmpty() ? "0.0.0.0" : entry.peers().get(0).address();
            for (Flow f : flows(config, entry)) {
                out.add("");
                out.add("   protected vrf: (none)");
                out.add("   local  ident (addr/mask/prot/port): (" + f.localAddress() + "/" + f.localMask() + "/"
                        + f.protocol() + "/" + f.localPort() + ")");
                out.add("   remote ident (addr/mask/prot/port): (" + f.remoteAddress() + "/" + f.remoteMask() + "/"
                        + f.protocol() + "/" + f.remotePort() + ")");
                out.add("   current_peer " + peer + " port 500");
                out.add("     PERMIT, flags={origin_is_acl,}");
                out.add("    #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0");
                out.add("    #pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0");
                out.add("    #pkts compressed: 0, #pkts decompressed: 0");
                out.add("    #pkts not compressed: 0, #pkts compr. failed: 0");
                out.add("    #pkts not decompressed: 0, #pkts decompress failed: 0");
                out.add("    #send errors 0, #recv errors 0");
                out.add("");
                out.add("     local crypto endpt.: " + local + ", remote crypto endpt.: " + peer);
                out.add("     path mtu 1500, ip mtu 1500, ip mtu idb " + iface.name());
                out.add("     current outbound spi: 0x0(0)");
                out.add("     PFS (Y/N): N, DH group: none");
                for (String kind : List.of("inbound esp sas:", "inbound ah sas:", "inbound pcp sas:", "outbound esp sas:",
                        "outbound ah sas:", "outbound pcp sas:")) {
                    out.add("");
                    out.add("     " + kind);
                }
            }
        }
        return out;
    }

    /** `show crypto session` rows for configured peers with no IKE SA (status DOWN). */
    public static List<String> sessionsDown(RunningConfig config) {
        return sessionsDown(config, java.util.Optional.empty());
    }

    /** As {@link #sessionsDown(RunningConfig)}, only the sessions with {@code remote} (`show crypto session remote A`). */
    public static List<String> sessionsDown(RunningConfig config, java.util.Optional<String> remote) {
        List<String> out = new ArrayList<>();
        out.add("Crypto session current status");
        out.add("");
        for (InterfaceConfig iface : config.interfaces()) {
            if (iface.cryptoMap().isEmpty()) {
                continue;
            }
            for (CryptoMapEntry entry : config.crypto().map(iface.cryptoMap().get()).map(m -> m.entries()).orElse(List.of())) {
                if (entry.peers().isEmpty()
                        || remote.filter(r -> !r.equals(entry.peers().get(0).address())).isPresent()) {
                    continue;
                }
                out.add("Interface: " + iface.name());
                out.add("Session status: DOWN");
                out.add("Peer: " + entry.peers().get(0).address() + " port 500 ");
                for (Flow f : flows(config, entry)) {
                    out.add("  IPSEC FLOW: " + f.aclText() + " ");
                    out.add("        Active SAs: 0, origin: crypto map");
                }
                out.add("");
            }
        }
        return out;
    }
}
