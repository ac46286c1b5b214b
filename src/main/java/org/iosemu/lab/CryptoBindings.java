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

    /** The sequence number of an Easy VPN remote's SAs (the engine's). */
    static final int EASY_VPN_SEQ = 65536;

    private CryptoBindings() {}

    static List<Binding> of(RunningConfig config, IkeSnapshot snapshot) {
        List<Binding> out = new ArrayList<>();
        for (InterfaceConfig iface : config.interfaces()) {
            tunnel(config, iface, snapshot).ifPresent(out::add);
            easyVpn(iface, snapshot).ifPresent(out::add);
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

    /**
     * An Easy VPN outside interface's tunnel, while it has IPsec SAs: shown under the map IOS builds on the interface
     * ({@code FastEthernet0-head-0}) [inferred], one flow per proxy pair it negotiated.
     */
    private static Optional<Binding> easyVpn(InterfaceConfig iface, IkeSnapshot snapshot) {
        if (iface.ezvpnName().isEmpty() || iface.ezvpnInside()) {
            return Optional.empty();
        }
        String tunnel = iface.ezvpnName().get();
        List<IkeSnapshot.IpsecSa> sas = snapshot.ipsecSas().stream()
                .filter(s -> s.mapName().equals(tunnel) && s.seq() == EASY_VPN_SEQ).toList();
        if (sas.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<CryptoFlows.Flow, List<IkeSnapshot.IpsecSa>> byFlow = new java.util.LinkedHashMap<>();
        sas.forEach(s -> byFlow.computeIfAbsent(flow(s), f -> new ArrayList<>()).add(s));
        List<FlowState> flows = byFlow.entrySet().stream().map(x -> new FlowState(x.getKey(), x.getValue())).toList();
        String tag = iface.name().canonical() + "-head-0";
        String local = sas.get(0).localAddress().toString();
        Optional<String> peer = Optional.of(sas.get(0).peer().toString());
        return Optional.of(new Binding(iface, tag, iface.name().canonical(), local,
                CryptoMapEntry.empty(tag, EASY_VPN_SEQ, false), peer, ikeSa(snapshot, peer, local), flows));
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
            out.add(new Binding(iface, iface.cryptoMap().get(), iface.name().canonical(), local, entry, Optional.of(peer), ike, flows));
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
