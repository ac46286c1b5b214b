package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclLine;
import org.iosemu.config.AclPort;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PortRange;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.TrafficSelector;

/**
 * A crypto map's `match address` list, numbered or named, as the engine's {@link TrafficSelector}: every
 * extended rule in order, permit and deny. Standard rules say nothing about destinations, so a crypto map
 * cannot use them (IOS requires an extended list) and they are left out.
 */
final class CryptoAclMapper {

    private static final Ipv4 HOST_MASK = new Ipv4(-1);

    private CryptoAclMapper() {}

    static TrafficSelector selector(Optional<AccessList> list) {
        List<TrafficSelector.Rule> rules = new ArrayList<>();
        for (AclLine line : list.map(AccessList::rules).orElse(List.of())) {
            AclEntry e = line.entry();
            OptionalInt protocol = e.protocolNumber();
            if (protocol.isEmpty() || e.destination().isEmpty()) {
                continue;
            }
            AclAddress src = e.source();
            AclAddress dst = e.destination().get();
            ProxyIdentity identity = new ProxyIdentity(network(src), mask(src), network(dst), mask(dst), protocol.getAsInt());
            rules.add(new TrafficSelector.Rule(e.permit(), identity, ports(e.sourcePort()), ports(e.destinationPort())));
        }
        return new TrafficSelector(rules);
    }

    /** `eq`, `neq`, `gt`, `lt` and `range` as inclusive ranges (`gt 65535` and `lt 0` match no port). */
    static PortRange ports(Optional<AclPort> port) {
        if (port.isEmpty()) {
            return PortRange.ANY;
        }
        AclPort p = port.get();
        return switch (p.operator()) {
            case "eq" -> PortRange.exactly(p.port());
            case "neq" -> new PortRange(p.port(), p.port(), true);
            case "gt" -> p.port() >= 65535 ? new PortRange(0, 65535, true) : new PortRange(p.port() + 1, 65535, false);
            case "lt" -> p.port() <= 0 ? new PortRange(0, 65535, true) : new PortRange(0, p.port() - 1, false);
            default -> new PortRange(Math.min(p.port(), p.upper()), Math.max(p.port(), p.upper()), false);
        };
    }

    private static Ipv4 network(AclAddress a) {
        return switch (a.kind()) {
            case ANY -> Ipv4.ANY;
            case HOST -> IkeConfigMapper.ip(a.address());
            case WILDCARD -> new Ipv4(IkeConfigMapper.ip(a.address()).bits() & Addresses.maskFromWildcard(a.wildcard()).bits());
        };
    }

    private static Ipv4 mask(AclAddress a) {
        return switch (a.kind()) {
            case ANY -> Ipv4.ANY;
            case HOST -> HOST_MASK;
            case WILDCARD -> Addresses.maskFromWildcard(a.wildcard());
        };
    }
}
