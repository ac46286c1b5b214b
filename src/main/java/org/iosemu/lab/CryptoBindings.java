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

    /** One map entry on one interface. */
    record Binding(InterfaceConfig iface, String localAddress, CryptoMapEntry entry, Optional<String> currentPeer,
                   Optional<IkeSnapshot.IkeSa> ikeSa, List<FlowState> flows) {

        List<IkeSnapshot.IpsecSa> allSas() {
            return flows.stream().flatMap(f -> f.sas().stream()).toList();
        }
    }

    private CryptoBindings() {}

    static List<Binding> of(RunningConfig config, IkeSnapshot snapshot) {
        List<Binding> out = new ArrayList<>();
        for (InterfaceConfig iface : config.interfaces()) {
            if (iface.cryptoMap().isEmpty()) {
                continue;
            }
            String local = iface.address().map(a -> a.address()).orElse("0.0.0.0");
            for (CryptoMapEntry e : config.crypto().map(iface.cryptoMap().get()).map(m -> m.entries()).orElse(List.of())) {
                if (e.dynamicMap().isPresent()) {
                    out.addAll(dynamic(config, snapshot, iface, local, e));
                    continue;
                }
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
                Optional<IkeSnapshot.IkeSa> ike = shownPeer.flatMap(p -> snapshot.ikeSas().stream()
                        .filter(sa -> IsakmpSaRenderer.remote(sa).toString().equals(p)
                                && IsakmpSaRenderer.local(sa).toString().equals(local))
                        .max((a, b) -> Boolean.compare("ACTIVE".equals(a.status()), "ACTIVE".equals(b.status()))));
                out.add(new Binding(iface, local, e, shownPeer, ike, flows));
            }
        }
        return out;
    }

    /**
     * A dynamic map entry is instantiated per peer, as IOS does: one binding for each peer with IPsec SAs of
     * this entry, its flows the proxies that peer proposed; the template's settings stand for the entry.
     */
    private static List<Binding> dynamic(RunningConfig config, IkeSnapshot snapshot, InterfaceConfig iface, String local,
                                         CryptoMapEntry ref) {
        List<Binding> out = new ArrayList<>();
        Optional<CryptoMapEntry> template = config.crypto().server().dynamicMap(ref.dynamicMap().orElseThrow())
                .flatMap(m -> m.entries().stream().findFirst());
        CryptoMapEntry entry = template.map(t -> new CryptoMapEntry(ref.mapName(), ref.seq(), false, t.description(),
                t.peers(), t.transformSets(), t.matchAddress(), t.pfsGroup(), t.lifetimeSeconds(), t.lifetimeKilobytes(),
                t.replay(), t.idleTime(), t.accessGroupIn(), t.accessGroupOut(), t.reverseRoute(), t.isakmpProfile(),
                ref.dynamicMap(), t.reverseRouteNextHop())).orElse(ref);
        List<IkeSnapshot.IpsecSa> sas = snapshot.ipsecSas().stream()
                .filter(s -> s.mapName().equals(ref.mapName()) && s.seq() == ref.seq()
                        && s.localAddress().toString().equals(local)).toList();
        java.util.Set<String> peers = new java.util.LinkedHashSet<>();
        sas.forEach(s -> peers.add(s.peer().toString()));
        for (String peer : peers) {
            java.util.Map<CryptoFlows.Flow, List<IkeSnapshot.IpsecSa>> byFlow = new java.util.LinkedHashMap<>();
            for (IkeSnapshot.IpsecSa s : sas) {
                if (s.peer().toString().equals(peer)) {
                    byFlow.computeIfAbsent(flow(s), f -> new ArrayList<>()).add(s);
                }
            }
            List<FlowState> flows = byFlow.entrySet().stream().map(x -> new FlowState(x.getKey(), x.getValue())).toList();
            Optional<IkeSnapshot.IkeSa> ike = snapshot.ikeSas().stream()
                    .filter(sa -> IsakmpSaRenderer.remote(sa).toString().equals(peer)
                            && IsakmpSaRenderer.local(sa).toString().equals(local))
                    .max((a, b) -> Boolean.compare("ACTIVE".equals(a.status()), "ACTIVE".equals(b.status())));
            out.add(new Binding(iface, local, entry, Optional.of(peer), ike, flows));
        }
        return out;
    }

    /** The flow an SA of a dynamic entry protects: its own proxies (local side first). */
    private static CryptoFlows.Flow flow(IkeSnapshot.IpsecSa s) {
        var p = s.proxy();
        String src = p.srcNet() + "/" + p.srcMask();
        String dst = p.dstNet() + "/" + p.dstMask();
        String text = "permit " + (p.protocol() == 0 ? "ip" : String.valueOf(p.protocol())) + " " + src + " " + dst;
        return new CryptoFlows.Flow(p.srcNet().toString(), p.srcMask().toString(), p.dstNet().toString(),
                p.dstMask().toString(), p.protocol(), 0, 0, text);
    }

    private static boolean matches(CryptoFlows.Flow f, IkeSnapshot.IpsecSa s) {
        return s.proxy().srcNet().toString().equals(f.localAddress()) && s.proxy().srcMask().toString().equals(f.localMask())
                && s.proxy().dstNet().toString().equals(f.remoteAddress())
                && s.proxy().dstMask().toString().equals(f.remoteMask()) && s.proxy().protocol() == f.protocol();
    }
}
