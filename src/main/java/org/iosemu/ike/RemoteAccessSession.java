package org.iosemu.ike;

import java.util.Optional;
import org.iosemu.ike.config.Ipv4;

/** An Easy VPN client a server serves (`show crypto session detail`): its IKE SA, user, group and assigned address. */
public record RemoteAccessSession(int connId, Ipv4 local, Ipv4 peer, String user, String group, Optional<Ipv4> assigned) {
}
