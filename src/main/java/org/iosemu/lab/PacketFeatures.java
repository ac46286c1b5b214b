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
 * The state and decisions behind the access-group and NAT features of a router's interfaces
 * ({@link InterfaceFeatures} puts them in IOS's order): the ACL match counters (access groups, crypto ACLs, NAT
 * lists), the NAT translator, and whether an access group passes a packet.
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

    /** The outbound access group, for forwarded packets only. */
    Verdict release(IpPacket p, InterfaceConfig egress, boolean forwarded, RunningConfig config) {
        return forwarded ? filter(egress.features().accessGroupOut(), p, config) : Verdict.PASS;
    }

    /** Counts the crypto ACL lines crypto map {@code mapName} evaluates, entry by entry up to a permit. */
    void countCrypto(IpPacket p, String mapName, RunningConfig config) {
        Optional<org.iosemu.config.CryptoMap> map = config.crypto().map(mapName);
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

    /**
     * Whether a packet comes from the inside: its source is on an `ip nat inside` interface's subnet (a host there,
     * or the router's own address on it, as for `ping ... source Loopback0`). IOS goes by the arrival interface;
     * in the lab the inside hosts are on the inside subnets, so the source tells the same.
     */
    static boolean fromInside(IpPacket p, RunningConfig config) {
        long source = p.source().bits() & 0xffffffffL;
        for (InterfaceConfig i : config.interfaces()) {
            if (!isSide(i, IpFeatures.NatSide.INSIDE) || i.address().isEmpty()) {
                continue;
            }
            long mask = org.iosemu.config.Ipv4.toLong(i.address().get().mask());
            if ((org.iosemu.config.Ipv4.toLong(i.address().get().address()) & mask) == (source & mask)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSide(InterfaceConfig i, IpFeatures.NatSide side) {
        return i.features().nat().equals(Optional.of(side));
    }
}
