package org.iosemu.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Global IP switches: CEF (IPv4 on, IPv6 off by default), subnet zero and classless forwarding (15.x
 * defaults, written only when turned off), the TCP SYN wait time (30 s unless set) and the `ip local pool`s
 * (in the order created), and the static host table (`ip host NAME A.B.C.D...`, in the order entered).
 */
public record IpServices(boolean cef, boolean ipv6Cef, boolean subnetZero, boolean classless,
                         OptionalInt tcpSynwaitTime, List<IpLocalPool> localPools, List<IpHost> hosts) {

    public static final IpServices DEFAULT = new IpServices(true, false, true, true, OptionalInt.empty(), List.of(),
            List.of());

    /** `ip host NAME A.B.C.D...`: a name and its addresses, the first one used. */
    public record IpHost(String name, List<String> addresses) {
        public IpHost {
            addresses = List.copyOf(addresses);
        }

        public String render() {
            return "ip host " + name + " " + String.join(" ", addresses);
        }
    }

    public IpServices {
        localPools = List.copyOf(localPools);
        hosts = List.copyOf(hosts);
    }

    /** The host table's entry for {@code name} (host names are not case-sensitive). */
    public Optional<IpHost> host(String name) {
        return hosts.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Replaces the entry of the same name in its place, or appends it; empty addresses remove it. */
    public IpServices withHost(String name, List<String> addresses) {
        List<IpHost> out = new java.util.ArrayList<>();
        boolean replaced = false;
        for (IpHost h : hosts) {
            if (h.name().equalsIgnoreCase(name)) {
                replaced = true;
                if (!addresses.isEmpty()) {
                    out.add(new IpHost(name, addresses));
                }
            } else {
                out.add(h);
            }
        }
        if (!replaced && !addresses.isEmpty()) {
            out.add(new IpHost(name, addresses));
        }
        return new IpServices(cef, ipv6Cef, subnetZero, classless, tcpSynwaitTime, localPools, out);
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
        return new IpServices(cef, ipv6Cef, subnetZero, classless, tcpSynwaitTime, out, hosts);
    }

    public IpServices withCef(boolean v) {
        return new IpServices(v, ipv6Cef, subnetZero, classless, tcpSynwaitTime, localPools, hosts);
    }

    public IpServices withIpv6Cef(boolean v) {
        return new IpServices(cef, v, subnetZero, classless, tcpSynwaitTime, localPools, hosts);
    }

    public IpServices withSubnetZero(boolean v) {
        return new IpServices(cef, ipv6Cef, v, classless, tcpSynwaitTime, localPools, hosts);
    }

    public IpServices withClassless(boolean v) {
        return new IpServices(cef, ipv6Cef, subnetZero, v, tcpSynwaitTime, localPools, hosts);
    }

    public IpServices withTcpSynwaitTime(OptionalInt v) {
        return new IpServices(cef, ipv6Cef, subnetZero, classless, v, localPools, hosts);
    }
}
