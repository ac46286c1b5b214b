package org.iosemu.ike.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Mode Config server gives the clients of one group (`crypto isakmp client configuration group`): an
 * address from {@code addresses} (empty = no pool, as a network-extension group needs none), the netmask, DNS and
 * WINS servers, default domain, split-include networks, and the Cisco Unity flags (save-password,
 * include-local-lan, pfs), a banner and backup servers. An empty list or value is not sent.
 */
public record RemoteAccessGroup(String group, Optional<AddressAllocator> addresses, Optional<Ipv4> netmask,
                                List<Ipv4> dnsServers, List<Ipv4> winsServers, Optional<String> defaultDomain,
                                List<SplitNetwork> splitInclude, boolean savePassword, boolean includeLocalLan,
                                boolean pfs, Optional<String> banner, List<String> backupServers) {
    public RemoteAccessGroup {
        Objects.requireNonNull(group);
        Objects.requireNonNull(addresses);
        Objects.requireNonNull(netmask);
        dnsServers = List.copyOf(dnsServers);
        winsServers = List.copyOf(winsServers);
        Objects.requireNonNull(defaultDomain);
        splitInclude = List.copyOf(splitInclude);
        Objects.requireNonNull(banner);
        backupServers = List.copyOf(backupServers);
    }

    /** A group that hands out addresses from {@code addresses} and nothing else. */
    public static RemoteAccessGroup withPool(String group, AddressAllocator addresses) {
        return new RemoteAccessGroup(group, Optional.of(addresses), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), false, false, false, Optional.empty(), List.of());
    }
}
