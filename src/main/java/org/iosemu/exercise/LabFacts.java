package org.iosemu.exercise;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.lab.Lab;
import org.iosemu.lab.Router;
import org.iosemu.nat.NatTranslator;

/**
 * Reads {@link Fact}s from a lab's routers, as `show crypto isakmp sa|ipsec sa|map`, `show crypto ipsec client
 * ezvpn` and `show ip nat translations` would show them.
 */
final class LabFacts {

    private LabFacts() {}

    static Outcome check(Lab lab, String routerName, Fact fact) {
        Router router = lab.router(routerName);
        if (!router.powered()) {
            return Outcome.of(false, fact.describe(), routerName + " is powered off");
        }
        return evaluate(lab, router, fact);
    }

    private static Outcome evaluate(Lab lab, Router router, Fact fact) {
        if (fact instanceof Fact.Not n) {
            Outcome inner = evaluate(lab, router, n.fact());
            return Outcome.of(!inner.passed(), n.describe(), inner.observed());
        }
        if (fact instanceof Fact.EzvpnState f) {
            Optional<EasyVpnStatus> s = ezvpn(router, f.tunnel());
            return Outcome.of(s.isPresent() && s.get().state().equals(f.state()), f.describe(),
                    s.map(v -> "Current State: " + v.state()).orElse("no Easy VPN tunnel " + f.tunnel()));
        }
        if (fact instanceof Fact.EzvpnPeer f) {
            Optional<EasyVpnStatus> s = ezvpn(router, f.tunnel());
            Set<String> peer = addresses(lab, f.peer());
            Optional<String> current = s.flatMap(EasyVpnStatus::currentPeer).map(Object::toString);
            return Outcome.of(current.isPresent() && peer.contains(current.get()), f.describe(), s.isEmpty()
                    ? "no Easy VPN tunnel " + f.tunnel() : current.map(p -> "Current EzVPN Peer: " + p).orElse("no current peer"));
        }
        if (fact instanceof Fact.NatTranslation f) {
            return nat(lab, router, f);
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
        Set<String> peer = addresses(lab, f.peer());
        List<String> current = snapshot.currentPeers().stream().filter(p -> p.mapName().equals(f.map()) && p.seq() == f.seq())
                .map(p -> p.peer().toString()).toList();
        return Outcome.of(current.stream().anyMatch(peer::contains), f.describe(),
                current.isEmpty() ? "no crypto map entry " + f.map() + " " + f.seq() + " with a current peer" : "current peer " + current.get(0));
    }

    private static Optional<EasyVpnStatus> ezvpn(Router router, String tunnel) {
        return router.engine().easyVpnStatus().stream().filter(s -> s.name().equals(tunnel)).findFirst();
    }

    private static Outcome nat(Lab lab, Router router, Fact.NatTranslation f) {
        Set<String> inside = addresses(lab, f.inside());
        Set<String> outside = addresses(lab, f.outside());
        List<NatTranslator.Row> rows = router.context().services().nat()
                .rows(router.context().config().current(), router.context().services().nowMillis()).stream()
                .filter(r -> inside.contains(r.insideLocal().toString())).toList();
        boolean held = rows.stream().anyMatch(r -> r.outside().map(a -> outside.contains(a.toString())).orElse(true));
        String observed = rows.isEmpty() ? "no translation of " + f.inside()
                : "translations of " + f.inside() + ": " + rows.stream().map(r -> r.insideLocal() + " -> " + r.insideGlobal()
                        + r.outside().map(a -> " toward " + a).orElse("")).distinct().collect(Collectors.joining(", "));
        return Outcome.of(held, f.describe(), observed);
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
