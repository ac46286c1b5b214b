package org.iosemu.net;

import java.util.HashMap;
import java.util.Map;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.config.Ipv4;

/**
 * A port-translating source NAT: inside address:port ↔ public address:new port. Mappings are made by outbound
 * traffic and never expire, so replies (and the peer's later packets) to a mapped port always come back.
 */
public final class SourceNat {
    /** NAT'ed ports start here so they never equal the IKE ports 500/4500. */
    private static final int FIRST_PORT = 20_000;

    private final Map<Ipv4, Ipv4> publicFor = new HashMap<>();
    private final Map<Endpoint, Endpoint> out = new HashMap<>();
    private final Map<Endpoint, Endpoint> in = new HashMap<>();
    private int nextPort = FIRST_PORT;

    public synchronized void add(Ipv4 inside, Ipv4 outside) {
        publicFor.put(inside, outside);
    }

    /** The source a datagram from {@code local} has after the NAT (a new mapping on first use). */
    public synchronized Endpoint outbound(Endpoint local) {
        Ipv4 pub = publicFor.get(local.ip());
        if (pub == null) {
            return local;
        }
        return out.computeIfAbsent(local, l -> {
            Endpoint mapped = new Endpoint(pub, nextPort++);
            in.put(mapped, l);
            return mapped;
        });
    }

    /** Whether {@code address} is behind this NAT (an inside address) or one it shows the world (a public one). */
    public synchronized boolean hides(Ipv4 address) {
        return publicFor.containsKey(address) || publicFor.containsValue(address);
    }

    /** Where a datagram to {@code remote} ends up: the inside endpoint for a mapped public port. */
    public synchronized Endpoint inbound(Endpoint remote) {
        return in.getOrDefault(remote, remote);
    }
}
