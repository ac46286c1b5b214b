package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.SplitNetwork;

/**
 * The networks an access list names by the sources of its permit entries: how Easy VPN reads a list, the server's
 * split-tunnel `acl` and the remote's `acl` (its extra networks) alike. `any` and deny entries name none.
 */
final class AclNetworks {
    private AclNetworks() {
    }

    static List<SplitNetwork> permittedSources(RunningConfig config, Optional<String> acl) {
        List<SplitNetwork> out = new ArrayList<>();
        for (AclEntry e : acl.flatMap(config::accessList).map(AccessList::entries).orElse(List.of())) {
            if (e.isRemark() || !e.permit()) {
                continue;
            }
            AclAddress a = e.source();
            switch (a.kind()) {
                case HOST -> out.add(SplitNetwork.of(IkeConfigMapper.ip(a.address()), new Ipv4(-1)));
                case WILDCARD -> out.add(SplitNetwork.of(IkeConfigMapper.ip(a.address()),
                        new Ipv4(~IkeConfigMapper.ip(a.wildcard()).bits())));
                case ANY -> { }
            }
        }
        return out;
    }
}
