package org.iosemu.ike.config;

import java.util.List;
import java.util.Optional;

/**
 * A crypto map entry's access list as IOS applies it to outbound packets: rules in order, and the first rule
 * that matches a packet decides. A permit rule protects the packet with this entry (its identity is what Quick
 * Mode offers as proxy identities); a deny rule means "not with this entry", so the next entry of the map is
 * tried. A packet that no entry protects is sent in clear.
 */
public record TrafficSelector(List<Rule> rules) {

    /** One ACL rule: permit or deny, addresses, masks and protocol (0 = any IP), and ports for TCP/UDP. */
    public record Rule(boolean permit, ProxyIdentity identity, PortRange sourcePorts, PortRange destinationPorts) {

        public static Rule permit(ProxyIdentity identity) {
            return new Rule(true, identity, PortRange.ANY, PortRange.ANY);
        }

        public static Rule deny(ProxyIdentity identity) {
            return new Rule(false, identity, PortRange.ANY, PortRange.ANY);
        }

        /** @param srcPort the packet's source port, -1 if it has none (likewise {@code dstPort}) */
        public boolean matches(Ipv4 src, Ipv4 dst, int protocol, int srcPort, int dstPort) {
            return identity.matches(src, dst, protocol) && sourcePorts.contains(srcPort)
                    && destinationPorts.contains(dstPort);
        }
    }

    public TrafficSelector {
        rules = List.copyOf(rules);
    }

    /** Only permit rules, one per proxy identity (an ACL without deny lines). */
    public static TrafficSelector permitting(List<ProxyIdentity> proxies) {
        return new TrafficSelector(proxies.stream().map(Rule::permit).toList());
    }

    /** The permit rules' identities, in order: what Quick Mode proposes and accepts. */
    public List<ProxyIdentity> proxies() {
        return rules.stream().filter(Rule::permit).map(Rule::identity).toList();
    }

    /** The rule that decides for a packet: the first that matches; empty when none does. */
    public Optional<Rule> firstMatch(Ipv4 src, Ipv4 dst, int protocol, int srcPort, int dstPort) {
        for (Rule r : rules) {
            if (r.matches(src, dst, protocol, srcPort, dstPort)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
