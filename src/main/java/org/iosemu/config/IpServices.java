package org.iosemu.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Global IP switches: CEF (IPv4 on, IPv6 off by default), subnet zero and classless forwarding (15.x
 * defaults, written only when turned off), the TCP SYN wait time (30 s unless set) and the `ip local pool`s
 * (in the order created).
 */
public record IpServices(boolean cef, boolean ipv6Cef, boolean subnetZero, boolean classless,
                         OptionalInt tcpSynwaitTime, List<IpLocalPool> localPools) {

    public static final IpServices DEFAULT = new IpServices(true, false, true, true, OptionalInt.empty(), List.of());

    public IpServices {
        localPools = List.copyOf(localPools);
    }

    public Optional<IpLocalPool> localPool(String name) {
        return localPools.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Replaces the pool of the same name in its place (or appends it); a pool without ranges is removed. */
    public IpServices withLocalPool(IpLocalPool pool) {
        List<IpLocalPool> out = new java.util.ArrayList<>();
        boolean replaced = false;
        for (IpLocalPool p : localPools) {
            if (p.name().equals(pool.name())) {
                replaced = true;
                if (!pool.ranges().isEmpty()) {
                    out.add(pool);
                }
            } else {
                out.add(p);
            }
        }
        if (!replaced && !pool.ranges().isEmpty()) {
            out.add(pool);
        }
        return new IpServices(cef, ipv6Cef, subnetZero, classless, tcpSynwaitTime, out);
    }

    public IpServices withCef(boolean v) {
        return new IpServices(v, ipv6Cef, subnetZero, classless, tcpSynwaitTime, localPools);
    }

    public IpServices withIpv6Cef(boolean v) {
        return new IpServices(cef, v, subnetZero, classless, tcpSynwaitTime, localPools);
    }

    public IpServices withSubnetZero(boolean v) {
        return new IpServices(cef, ipv6Cef, v, classless, tcpSynwaitTime, localPools);
    }

    public IpServices withClassless(boolean v) {
        return new IpServices(cef, ipv6Cef, subnetZero, v, tcpSynwaitTime, localPools);
    }

    public IpServices withTcpSynwaitTime(OptionalInt v) {
        return new IpServices(cef, ipv6Cef, subnetZero, classless, v, localPools);
    }
}
