package org.iosemu.ike;

import java.util.List;
import java.util.Optional;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.SplitNetwork;

/**
 * What `show crypto ipsec client ezvpn` shows of one Easy VPN remote: its state and last event (IOS names), the
 * current peer, and what Mode Config gave it (address, mask, DNS, domain, split networks, save-password,
 * include-local-lan, PFS, banner, backup servers); {@code user} is the XAUTH user it last answered as.
 */
public record EasyVpnStatus(String name, EasyVpnRemote.Mode mode, String group, String state, String lastEvent,
                            Optional<Ipv4> currentPeer, Ipv4 localAddress, Optional<String> user,
                            Optional<Ipv4> address, Optional<Ipv4> mask, List<Ipv4> dnsServers, List<Ipv4> winsServers,
                            Optional<String> defaultDomain, List<SplitNetwork> splitInclude, boolean savePassword,
                            boolean includeLocalLan, boolean pfs, Optional<String> banner, List<String> backupServers) {
    public EasyVpnStatus {
        dnsServers = List.copyOf(dnsServers);
        winsServers = List.copyOf(winsServers);
        splitInclude = List.copyOf(splitInclude);
        backupServers = List.copyOf(backupServers);
    }

    /**
     * `%CRYPTO-6-EZVPN_CONNECTION_UP` / `_DOWN` as IOS 15.x prints it (two blanks between the fields): the assigned
     * address in client mode, the inside networks in network-extension mode.
     */
    public String connectionSyslog(boolean up, List<SplitNetwork> insideNetworks) {
        StringBuilder s = new StringBuilder("%CRYPTO-6-EZVPN_CONNECTION_" + (up ? "UP" : "DOWN") + ": (Client)  User=" + user.orElse("")
                + "  Group=" + group + "  Client_public_addr=" + localAddress + "  Server_public_addr="
                + currentPeer.map(Ipv4::toString).orElse(""));
        if (address.isPresent()) {
            s.append("  Assigned_client_addr=").append(address.get());
        } else {
            for (SplitNetwork n : insideNetworks) {
                s.append("  NEM_Remote_Subnets=").append(n.address()).append('/').append(n.mask());
            }
        }
        return s.append("  ").toString();
    }
}
