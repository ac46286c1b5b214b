package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.EzvpnClient;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.IpAddress;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.SplitNetwork;

/**
 * Easy VPN remotes the engine runs: each `crypto ipsec client ezvpn NAME` applied to an addressed, enabled
 * outside interface, with a group and key and at least one peer address (host-name peers are left out, as the
 * engine resolves none). The outside interface's address (or `local-address`) is the remote's own; the inside
 * interfaces' networks and the permitted sources of its `acl` are its networks in network-extension mode
 * (the list adds to the inside interfaces' networks: inferred). With `connect acl` the engine
 * waits as with `connect manual`; traffic the list permits connects it ({@link EasyVpnTraffic#triggersConnect}).
 * The saved `username` answers XAUTH only with `xauth userid mode local`, as on IOS.
 */
final class EasyVpnRemoteMapper {
    private EasyVpnRemoteMapper() {
    }

    static List<EasyVpnRemote> remotes(RunningConfig config) {
        List<EasyVpnRemote> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (InterfaceConfig outside : config.interfaces()) {
            if (outside.ezvpnName().isEmpty() || outside.ezvpnInside() || outside.shutdown() || outside.address().isEmpty()
                    || done.contains(outside.ezvpnName().get())) {
                continue;
            }
            Optional<EzvpnClient> client = config.crypto().ezvpn(outside.ezvpnName().get());
            if (client.isEmpty() || client.get().group().isEmpty() || client.get().groupKey().isEmpty()) {
                continue;
            }
            List<Ipv4> peers = new ArrayList<>();
            for (String p : client.get().peers()) {
                if (org.iosemu.config.Ipv4.isValid(p)) {
                    peers.add(IkeConfigMapper.ip(p));
                }
            }
            if (peers.isEmpty()) {
                continue;
            }
            done.add(client.get().name());
            out.add(remote(config, client.get(), outside, peers));
        }
        return out;
    }

    private static EasyVpnRemote remote(RunningConfig config, EzvpnClient c, InterfaceConfig outside, List<Ipv4> peers) {
        IpAddress own = c.localAddress().flatMap(InterfaceName::parse).flatMap(config::iface).flatMap(InterfaceConfig::address)
                .orElse(outside.address().orElseThrow());
        List<SplitNetwork> inside = new ArrayList<>();
        for (InterfaceConfig i : config.interfaces()) {
            if (i.ezvpnInside() && i.ezvpnName().equals(Optional.of(c.name())) && i.address().isPresent()) {
                Ipv4 mask = IkeConfigMapper.ip(i.address().get().mask());
                Ipv4 address = IkeConfigMapper.ip(i.address().get().address());
                inside.add(SplitNetwork.of(new Ipv4(address.bits() & mask.bits()), mask));
            }
        }
        inside.addAll(AclNetworks.permittedSources(config, c.acl())); // `acl`: more networks behind the remote
        Optional<EasyVpnRemote.Credentials> saved = c.xauthMode().filter("local"::equals).flatMap(m -> c.xauthUser())
                .filter(u -> !u.password().encrypted()).map(u -> new EasyVpnRemote.Credentials(u.user(), u.password().clear()));
        EasyVpnRemote.Mode mode = switch (c.mode()) {
            case CLIENT -> EasyVpnRemote.Mode.CLIENT;
            case NETWORK_EXTENSION -> EasyVpnRemote.Mode.NETWORK_EXTENSION;
            case NETWORK_PLUS -> EasyVpnRemote.Mode.NETWORK_PLUS;
        };
        return EasyVpnRemote.of(c.name(), c.group().orElseThrow(), c.groupKey().orElseThrow(), peers, mode, c.connectAuto(), saved,
                IkeConfigMapper.ip(own.address()), inside);
    }
}
