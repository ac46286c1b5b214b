package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.acl.AclCounters;
import org.iosemu.acl.AclMatcher;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclLine;
import org.iosemu.config.CryptoMapEntry;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpFeatures;
import org.iosemu.config.RunningConfig;
import org.iosemu.nat.NatTranslator;
import org.iosemu.net.IpPacket;

/**
 * The interface features a packet meets on its way through the router, in IOS's order of operations:
 * arriving, the inbound access group, then NAT outside to inside; leaving, NAT inside to outside before the
 * crypto map of the exit interface sees it (so a missing NAT exemption breaks the tunnel), then the outbound
 * access group for forwarded packets (IOS does not filter what the router itself originates). ACL lines count
 * their matches, crypto ACLs too.
 */
final class PacketFeatures {

    private final AclCounters counters;
    private volatile NatTranslator nat;

    PacketFeatures(AclCounters counters) {
        this.counters = counters;
        this.nat = new NatTranslator(counters);
    }

    AclCounters counters() {
        return counters;
    }

    NatTranslator nat() {
        return nat;
    }

    /** A reload or power cut: the translations are gone (statics come back from the configuration). */
    void reset() {
        nat = new NatTranslator(counters);
    }

    /** What became of a packet at an access group. */
    enum Verdict { PASS, DENIED }

    /** The inbound access group of the arrival interface (an unknown list filters nothing, as on IOS). */
    Verdict admit(IpPacket p, InterfaceConfig arrival, RunningConfig config) {
        return filter(arrival.features().accessGroupIn(), p, config);
    }

    /** NAT outside to inside on an `ip nat outside` arrival interface. */
    IpPacket untranslate(IpPacket p, InterfaceConfig arrival, RunningConfig config, long now) {
        return isSide(arrival, IpFeatures.NatSide.OUTSIDE) ? nat.inbound(p, config, now) : p;
    }

    /** NAT inside to outside: from an `ip nat inside` interface (or an address of one) out of an outside one. */
    IpPacket translate(IpPacket p, Optional<InterfaceConfig> from, InterfaceConfig egress, RunningConfig config, long now) {
        if (from.isPresent() && isSide(from.get(), IpFeatures.NatSide.INSIDE) && isSide(egress, IpFeatures.NatSide.OUTSIDE)) {
            return nat.outbound(p, config, now);
        }
        return p;
    }

    /** The outbound access group, for forwarded packets only. */
    Verdict release(IpPacket p, InterfaceConfig egress, boolean forwarded, RunningConfig config) {
        return forwarded ? filter(egress.features().accessGroupOut(), p, config) : Verdict.PASS;
    }

    /** Counts the crypto ACL lines the exit interface's crypto map evaluates, entry by entry up to a permit. */
    void countCrypto(IpPacket p, InterfaceConfig egress, RunningConfig config) {
        Optional<org.iosemu.config.CryptoMap> map = egress.cryptoMap().flatMap(m -> config.crypto().map(m));
        for (CryptoMapEntry e : map.map(org.iosemu.config.CryptoMap::entries).orElse(java.util.List.of())) {
            Optional<AccessList> acl = e.matchAddress().flatMap(config::accessList);
            Optional<AclLine> line = acl.flatMap(a -> AclMatcher.firstMatch(a, p));
            line.ifPresent(l -> counters.count(acl.get().name(), l.sequence()));
            if (line.map(l -> l.entry().permit()).orElse(false)) {
                return;
            }
        }
    }

    private Verdict filter(Optional<String> group, IpPacket p, RunningConfig config) {
        Optional<AccessList> acl = group.flatMap(config::accessList);
        if (acl.isEmpty()) {
            return Verdict.PASS;
        }
        Optional<AclLine> line = AclMatcher.firstMatch(acl.get(), p);
        line.ifPresent(l -> counters.count(acl.get().name(), l.sequence()));
        return line.map(l -> l.entry().permit()).orElse(false) ? Verdict.PASS : Verdict.DENIED;
    }

    private static boolean isSide(InterfaceConfig i, IpFeatures.NatSide side) {
        return i.features().nat().equals(Optional.of(side));
    }
}
