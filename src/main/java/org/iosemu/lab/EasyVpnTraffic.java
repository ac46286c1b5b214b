package org.iosemu.lab;

import java.util.List;
import java.util.Optional;
import org.iosemu.acl.AclMatcher;
import org.iosemu.config.EzvpnClient;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.SplitNetwork;
import org.iosemu.net.IpPacket;

/**
 * Which packets an Easy VPN remote's tunnel takes, and how, as the output feature of its outside interface: while
 * the tunnel is up, a packet from an inside interface's network (or from the assigned address itself) to a network
 * of the server's split list (to anything without one) goes through the tunnel; in client mode its source is first
 * translated (PAT) to the address Mode Config assigned, in network-extension mode it keeps its source. Anything
 * else passes on in clear, to the interface's other features (normal NAT, access group, crypto map).
 */
final class EasyVpnTraffic {

    /** How a packet is to leave: through the tunnel (after PAT to {@code translateTo}, if present), or not. */
    sealed interface Decision {
        record Clear() implements Decision {
        }

        record Tunnel(Optional<Ipv4> translateTo) implements Decision {
        }
    }

    private EasyVpnTraffic() {}

    static Decision decide(IpPacket packet, String tunnel, Optional<EasyVpnStatus> status, RunningConfig config) {
        if (status.isEmpty() || !status.get().state().equals("IPSEC_ACTIVE")) {
            return new Decision.Clear(); // no tunnel: inside traffic leaves as if there were no Easy VPN
        }
        EasyVpnStatus s = status.get();
        Ipv4 source = Addresses.ike(packet.source());
        Ipv4 destination = Addresses.ike(packet.destination());
        if (!splitIncludes(s.splitInclude(), destination)) {
            return new Decision.Clear();
        }
        if (s.address().filter(source::equals).isPresent()) {
            return new Decision.Tunnel(Optional.empty()); // the router's own virtual address is the proxy already
        }
        if (!fromInside(source, tunnel, config)) {
            return new Decision.Clear();
        }
        return s.mode() == EasyVpnRemote.Mode.CLIENT && s.address().isPresent()
                ? new Decision.Tunnel(s.address()) : new Decision.Tunnel(Optional.empty());
    }

    /**
     * Whether {@code packet} should bring tunnel {@code tunnel} up: it is down and has `connect acl ACL`, and ACL
     * permits the packet. The packet itself still leaves as if there were no tunnel (inferred: IOS does not say
     * it holds it).
     */
    static boolean triggersConnect(IpPacket packet, String tunnel, Optional<EasyVpnStatus> status, RunningConfig config) {
        if (status.isPresent()) {
            return false;
        }
        Optional<EzvpnClient> client = config.crypto().ezvpn(tunnel);
        return client.filter(c -> c.connect().kind() == EzvpnClient.Connect.Kind.ACL)
                .flatMap(c -> c.connect().acl()).flatMap(config::accessList)
                .map(acl -> AclMatcher.permits(acl, packet)).orElse(false);
    }

    /** Without a split list the server takes everything; with one, only its networks. */
    static boolean splitIncludes(List<SplitNetwork> split, Ipv4 destination) {
        return split.isEmpty() || split.stream().anyMatch(n -> destination.inSubnet(n.address(), n.mask()));
    }

    /**
     * Whether {@code source} is on the network of an interface with `crypto ipsec client ezvpn TUNNEL inside`, or
     * on a network the tunnel's `acl` permits.
     */
    static boolean fromInside(Ipv4 source, String tunnel, RunningConfig config) {
        for (InterfaceConfig i : config.interfaces()) {
            if (i.ezvpnInside() && i.ezvpnName().equals(Optional.of(tunnel)) && i.address().isPresent()
                    && source.inSubnet(IkeConfigMapper.ip(i.address().get().address()), IkeConfigMapper.ip(i.address().get().mask()))) {
                return true;
            }
        }
        return AclNetworks.permittedSources(config, config.crypto().ezvpn(tunnel).flatMap(org.iosemu.config.EzvpnClient::acl))
                .stream().anyMatch(n -> source.inSubnet(n.address(), n.mask()));
    }
}
