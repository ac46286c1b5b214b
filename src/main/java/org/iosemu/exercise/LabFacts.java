package org.iosemu.exercise;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.lab.Lab;
import org.iosemu.lab.Router;

/** Reads {@link Fact}s from a lab's routers, as `show crypto isakmp sa|ipsec sa|map` would show them. */
final class LabFacts {

    private LabFacts() {}

    static Outcome check(Lab lab, String routerName, Fact fact) {
        Router router = lab.router(routerName);
        if (!router.powered()) {
            return Outcome.of(false, fact.describe(), routerName + " is powered off");
        }
        IkeSnapshot snapshot = router.engine().snapshot();
        if (fact instanceof Fact.IkeSa f) {
                Set<String> peer = addresses(lab, f.peer());
                List<IkeSnapshot.IkeSa> sas = snapshot.ikeSas().stream().filter(sa -> matches(sa, peer)).toList();
                boolean held = sas.stream().anyMatch(sa -> sa.state().equals(f.state()) && !sa.status().contains("deleted"));
            return Outcome.of(held, f.describe(), sas.isEmpty() ? "no IKE SA with " + f.peer()
                        : "IKE SA with " + f.peer() + " in " + sas.stream().map(IkeSnapshot.IkeSa::state).distinct().collect(Collectors.joining(", ")));
        }
        if (fact instanceof Fact.IpsecTraffic f) {
                Set<String> peer = addresses(lab, f.peer());
                List<IkeSnapshot.IpsecSa> sas = snapshot.ipsecSas().stream().filter(sa -> peer.contains(sa.peer().toString())).toList();
                long encrypted = sas.stream().mapToLong(IkeSnapshot.IpsecSa::encrypt).sum();
                long decrypted = sas.stream().mapToLong(IkeSnapshot.IpsecSa::decrypt).sum();
            return Outcome.of(encrypted > 0 && decrypted > 0, f.describe(), sas.isEmpty() ? "no IPsec SA with " + f.peer()
                        : "#pkts encrypt: " + encrypted + ", #pkts decrypt: " + decrypted);
        }
        if (fact instanceof Fact.Dpd f) {
                Set<String> peer = addresses(lab, f.peer());
                List<IkeSnapshot.IkeSa> sas = snapshot.ikeSas().stream().filter(sa -> matches(sa, peer) && sa.state().equals("QM_IDLE")).toList();
                boolean held = sas.stream().anyMatch(sa -> sa.capabilities().contains("D"));
            return Outcome.of(held, f.describe(), sas.isEmpty() ? "no IKE SA with " + f.peer() + " in QM_IDLE"
                        : "capabilities \"" + sas.get(0).capabilities() + "\" (show crypto isakmp sa detail, Cap.)");
        }
        Fact.CurrentPeer f = (Fact.CurrentPeer) fact;
        {
                Set<String> peer = addresses(lab, f.peer());
                List<String> current = snapshot.currentPeers().stream().filter(p -> p.mapName().equals(f.map()) && p.seq() == f.seq())
                        .map(p -> p.peer().toString()).toList();
            return Outcome.of(current.stream().anyMatch(peer::contains), f.describe(),
                        current.isEmpty() ? "no crypto map entry " + f.map() + " " + f.seq() + " with a current peer" : "current peer " + current.get(0));
        }
    }

    private static boolean matches(IkeSnapshot.IkeSa sa, Set<String> peer) {
        return peer.contains(sa.dst().toString()) || peer.contains(sa.src().toString());
    }

    /** A router name stands for all its addresses (its public one too, behind a NAT); anything else is one address. */
    static Set<String> addresses(Lab lab, String peer) {
        for (Router r : lab.routers()) {
            if (r.name().equals(peer)) {
                Set<String> all = r.addresses().stream().map(Object::toString).collect(Collectors.toSet());
                lab.natAddress(peer).ifPresent(a -> all.add(a.toString()));
                return all;
            }
        }
        return Set.of(peer);
    }
}
