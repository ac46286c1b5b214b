package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.cli.command.CryptoFlows;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.IkeSnapshot;

/**
 * The crypto map entries applied to interfaces, each with the engine state that belongs to it: the peer
 * the entry currently uses, the IKE SA to that peer and the IPsec SAs of each ACL flow.
 */
final class CryptoBindings {

    /** One ACL permit line of an entry and the IPsec SAs negotiated for it. */
    record FlowState(CryptoFlows.Flow flow, List<IkeSnapshot.IpsecSa> sas) {}

    /**
     * One map entry on one interface: for a protected tunnel the entry IOS builds for it ({@code mapTag}
     * `Tunnel0-head-0`); {@code idb} is the interface the ESP leaves by (the tunnel source's for a tunnel).
     */
    record Binding(InterfaceConfig iface, String mapTag, String idb, String localAddress, CryptoMapEntry entry,
                   Optional<String> currentPeer, Optional<IkeSnapshot.IkeSa> ikeSa, List<FlowState> flows) {

        List<IkeSnapshot.IpsecSa> allSas() {
            return flows.stream().flatMap(f -> f.sas().stream()).toList();
        }
    }

    private CryptoBindings() {}

    static List<Binding> of(RunningConfig config, IkeSnapshot snapshot) {
        List<Binding> out = new ArrayList<>();
        for (InterfaceConfig iface : config.interfaces()) {
            tunnel(config, iface, snapshot).ifPresent(out::add);
            if (iface.cryptoMap().isEmpty()) {
                continue;
            }
            String local = iface.address().map(a -> a.address()).orElse("0.0.0.0");
            for (CryptoMapEntry e : config.crypto().map(iface.cryptoMap().get()).map(m -> m.entries()).orElse(List.of())) {
                Optional<String> peer = snapshot.currentPeers().stream()
                        .filter(p -> p.mapName().equals(e.mapName()) && p.seq() == e.seq())
                        .map(p -> p.peer().toString()).findFirst()
                        .or(() -> e.peers().stream().findFirst().map(p -> p.address()));
                List<FlowState> flows = new ArrayList<>();
                for (CryptoFlows.Flow f : CryptoFlows.flows(config, e)) {
                    flows.add(new FlowState(f, snapshot.ipsecSas().stream()
                            .filter(s -> s.mapName().equals(e.mapName()) && s.seq() == e.seq() && matches(f, s)).toList()));
                }
                Optional<String> shownPeer = flows.stream().flatMap(f -> f.sas().stream()).map(s -> s.peer().toString())
                        .findFirst().or(() -> peer);
                out.add(new Binding(iface, iface.cryptoMap().get(), iface.name().canonical(), local, e, shownPeer,
                        ikeSa(snapshot, shownPeer, local), flows));
            }
        }
        return out;
    }

    private static Optional<IkeSnapshot.IkeSa> ikeSa(IkeSnapshot snapshot, Optional<String> peer, String local) {
        return peer.flatMap(p -> snapshot.ikeSas().stream()
                .filter(sa -> IsakmpSaRenderer.remote(sa).toString().equals(p)
                        && IsakmpSaRenderer.local(sa).toString().equals(local))
                .max((a, b) -> Boolean.compare("ACTIVE".equals(a.status()), "ACTIVE".equals(b.status()))));
    }

    /** A protected tunnel's binding: its one flow (0.0.0.0/0 both ways for a VTI, GRE between the endpoints). */
    private static Optional<Binding> tunnel(RunningConfig config, InterfaceConfig iface, IkeSnapshot snapshot) {
        if (iface.tunnel().protection().isEmpty()) {
            return Optional.empty();
        }
        TunnelEndpoints t = TunnelEndpoints.of(config, iface);
        Optional<org.iosemu.ike.config.ChildPolicy> policy = TunnelPolicies.policy(config, t);
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        String tag = TunnelEndpoints.mapTag(iface.name());
        String local = t.source().orElseThrow().toString();
        String peer = t.destination().orElseThrow().toString();
        var proxy = policy.get().proxies().get(0);
        boolean vti = iface.tunnel().vti();
        CryptoFlows.Flow flow = new CryptoFlows.Flow(proxy.srcNet().toString(), proxy.srcMask().toString(),
                proxy.dstNet().toString(), proxy.dstMask().toString(), proxy.protocol(), 0, 0,
                vti ? "permit ip 0.0.0.0/0.0.0.0 0.0.0.0/0.0.0.0" : "permit 47 host " + local + " host " + peer);
        List<IkeSnapshot.IpsecSa> sas = snapshot.ipsecSas().stream().filter(s -> s.mapName().equals(tag)).toList();
        CryptoMapEntry entry = CryptoMapEntry.empty(tag, TunnelPolicies.PROFILE_INSTANCE_SEQ, false)
                .withPfsGroup(config.crypto().profiles().ipsecProfile(iface.tunnel().protection().get().profile())
                        .flatMap(org.iosemu.config.IpsecProfile::pfsGroup));
        Optional<String> shownPeer = Optional.of(peer);
        return Optional.of(new Binding(iface, tag, t.sourceInterface().map(Object::toString).orElse("(none)"), local,
                entry, shownPeer, ikeSa(snapshot, shownPeer, local), List.of(new FlowState(flow, sas))));
    }

    private static boolean matches(CryptoFlows.Flow f, IkeSnapshot.IpsecSa s) {
        return s.proxy().srcNet().toString().equals(f.localAddress()) && s.proxy().srcMask().toString().equals(f.localMask())
                && s.proxy().dstNet().toString().equals(f.remoteAddress())
                && s.proxy().dstMask().toString().equals(f.remoteMask()) && s.proxy().protocol() == f.protocol();
    }
}
