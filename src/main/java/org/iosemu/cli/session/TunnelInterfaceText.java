package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.Transform;
import org.iosemu.config.TransformKind;
import org.iosemu.config.TunnelConfig;
import org.iosemu.routing.LineState;

/**
 * The tunnel lines of `show interfaces TunnelN`, between the reliability line and `Last input` (the 15.x GRE
 * capture and the classic-IOS VTI excerpt of the reference): encapsulation, keepalive, source and destination,
 * the source-tracking subblock when the source is an interface, protocol/transport, TTL, transport MTU, the
 * bandwidths and the protection profile.
 */
final class TunnelInterfaceText {

    private TunnelInterfaceText() {}

    static List<String> lines(InterfaceConfig i, RunningConfig config, LineState state) {
        TunnelConfig t = i.tunnel();
        List<String> out = new ArrayList<>();
        out.add("  Encapsulation TUNNEL, loopback not set");
        out.add(i.keepalive().filter(k -> k.enabled())
                .map(k -> "  Keepalive set (" + k.periodSeconds() + " sec), retries " + k.retries())
                .orElse("  Keepalive not set"));
        out.add("  Tunnel linestate evaluation " + (state.protocolUp() ? "up" : "down"));
        Optional<InterfaceName> sourceIf = t.source().flatMap(s -> s.iface().or(() -> s.address().flatMap(a -> owner(config, a))));
        String source = t.source().map(s -> s.iface().map(n -> config.iface(n).flatMap(InterfaceConfig::address)
                .map(a -> a.address()).orElse("0.0.0.0")).orElseGet(() -> s.address().orElseThrow())).orElse("0.0.0.0");
        out.add("  Tunnel source " + source + sourceIf.map(n -> " (" + n + ")").orElse("") + ", destination "
                + t.destination().orElse("UNKNOWN"));
        if (t.source().flatMap(TunnelConfig.Source::iface).isPresent()) {
            InterfaceName n = t.source().get().iface().get();
            long members = config.interfaces().stream()
                    .filter(x -> x.tunnel().source().flatMap(TunnelConfig.Source::iface).equals(Optional.of(n))).count();
            out.add("   Tunnel Subblocks:");
            out.add("      src-track:");
            out.add("         " + i.name() + " source tracking subblock associated with " + n);
            out.add("          Set of tunnels with source " + n + ", " + members + " member" + (members == 1 ? "" : "s")
                    + " (includes iterators), on interface <OK>");
        }
        if (t.vti()) {
            out.add("  Tunnel protocol/transport IPSEC/IP");
            out.add("  Tunnel TTL 255");
            out.add("  Tunnel transport MTU " + vtiTransportMtu(config, t) + " bytes");
        } else {
            out.add("  Tunnel protocol/transport GRE/IP");
            out.add("    Key disabled, sequencing disabled");
            out.add("    Checksumming of packets disabled");
            out.add("  Tunnel TTL 255, Fast tunneling enabled");
            out.add("  Tunnel transport MTU 1476 bytes");
        }
        out.add("  Tunnel transmit bandwidth 8000 (kbps)");
        out.add("  Tunnel receive bandwidth 8000 (kbps)");
        t.protection().ifPresent(p -> out.add("  Tunnel protection via IPSec (profile \"" + p.profile() + "\")"));
        return out;
    }

    /**
     * 1500 less the worst-case ESP overhead of the profile's first transform set: outer header 20, ESP header 8,
     * IV, padding up to a block less one, pad length and next header 2, ICV. Gives the 1427 of the classic-IOS
     * capture for esp-aes esp-sha-hmac (inferred for the other transforms).
     */
    static int vtiTransportMtu(RunningConfig config, TunnelConfig t) {
        List<Transform> transforms = t.protection().flatMap(p -> config.crypto().profiles().ipsecProfile(p.profile()))
                .flatMap(p -> p.transformSets().stream().findFirst()).flatMap(config.crypto()::transformSet)
                .map(s -> s.transforms()).orElse(List.of());
        int block = 16;
        int icv = 12;
        for (Transform x : transforms) {
            if (x.kind() == TransformKind.ESP_DES || x.kind() == TransformKind.ESP_3DES) {
                block = 8;
            }
            icv = switch (x.kind()) {
                case ESP_SHA256_HMAC -> 16;
                case ESP_SHA384_HMAC -> 24;
                case ESP_SHA512_HMAC -> 32;
                default -> icv;
            };
        }
        return 1500 - (20 + 8 + block + (block - 1) + 2 + icv);
    }

    static int mtu(InterfaceConfig i) {
        return org.iosemu.config.InterfaceMtu.layer2(i);
    }

    private static Optional<InterfaceName> owner(RunningConfig config, String address) {
        return config.interfaces().stream().filter(x -> x.address().map(a -> a.address().equals(address)).orElse(false))
                .map(InterfaceConfig::name).findFirst();
    }
}
