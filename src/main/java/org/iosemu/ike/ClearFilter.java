package org.iosemu.ike;

import java.util.Optional;
import org.iosemu.ike.config.Ipv4;

/** Which SAs a `clear crypto session/sa/isakmp` targets; empty fields match everything. */
public record ClearFilter(Optional<Ipv4> remoteIp, Optional<Integer> remotePort, Optional<Ipv4> localIp,
                          Optional<Integer> localPort, Optional<Integer> connId) {
    public static ClearFilter all() {
        return new ClearFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ClearFilter remote(Ipv4 ip) {
        return new ClearFilter(Optional.of(ip), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ClearFilter local(Ipv4 ip) {
        return new ClearFilter(Optional.empty(), Optional.empty(), Optional.of(ip), Optional.empty(), Optional.empty());
    }

    public static ClearFilter connId(int id) {
        return new ClearFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(id));
    }

    public boolean matches(Endpoint local, Endpoint remote, int id) {
        return remoteIp.map(remote.ip()::equals).orElse(true) && remotePort.map(p -> p == remote.port()).orElse(true)
                && localIp.map(local.ip()::equals).orElse(true) && localPort.map(p -> p == local.port()).orElse(true)
                && connId.map(c -> c == id).orElse(true);
    }
}
