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

    private static boolean matches(CryptoFlows.Flow f, IkeSnapshot.IpsecSa s) {
        return s.proxy().srcNet().toString().equals(f.localAddress()) && s.proxy().srcMask().toString().equals(f.localMask())
                && s.proxy().dstNet().toString().equals(f.remoteAddress())
                && s.proxy().dstMask().toString().equals(f.remoteMask()) && s.proxy().protocol() == f.protocol();
    }
}
