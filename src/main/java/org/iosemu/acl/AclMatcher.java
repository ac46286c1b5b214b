package org.iosemu.acl;

import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclLine;
import org.iosemu.config.Ipv4;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;

/** First-match evaluation of an access list on a packet, as IOS does it (no match = the implicit deny). */
public final class AclMatcher {

    private AclMatcher() {}

    /** The first rule of {@code acl} that matches, if any (remarks never match). */
    public static Optional<AclLine> firstMatch(AccessList acl, IpPacket packet) {
        for (AclLine line : acl.rules()) {
            if (matches(line.entry(), packet)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code acl} permits the packet: its first matching rule is a permit. */
    public static boolean permits(AccessList acl, IpPacket packet) {
        return firstMatch(acl, packet).map(l -> l.entry().permit()).orElse(false);
    }

    static boolean matches(AclEntry e, IpPacket p) {
        if (e.protocol().isEmpty()) { // standard list: the source alone
            return address(e.source(), p.source());
        }
        OptionalInt protocol = e.protocolNumber();
        if (protocol.isPresent() && protocol.getAsInt() != 0 && protocol.getAsInt() != p.protocol()) {
            return false;
        }
        if (!address(e.source(), p.source()) || !address(e.destination().orElseThrow(), p.destination())) {
            return false;
        }
        boolean ported = p.protocol() == IpPacket.TCP || p.protocol() == IpPacket.UDP;
        if (e.sourcePort().isPresent() && !(ported && e.sourcePort().get().matches(p.sourcePort()))) {
            return false;
        }
        return e.destinationPort().isEmpty() || ported && e.destinationPort().get().matches(p.destinationPort());
    }

    static boolean address(AclAddress a, Ipv4Address candidate) {
        long value = candidate.bits() & 0xffffffffL;
        return switch (a.kind()) {
            case ANY -> true;
            case HOST -> Ipv4.toLong(a.address()) == value;
            case WILDCARD -> {
                long care = ~Ipv4.toLong(a.wildcard()) & 0xffffffffL;
                yield (Ipv4.toLong(a.address()) & care) == (value & care);
            }
        };
    }
}
