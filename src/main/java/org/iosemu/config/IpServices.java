package org.iosemu.config;

import java.util.OptionalInt;

/**
 * Global IP switches: CEF (IPv4 on, IPv6 off by default), subnet zero and classless forwarding (15.x
 * defaults, written only when turned off) and the TCP SYN wait time (30 s unless set).
 */
public record IpServices(boolean cef, boolean ipv6Cef, boolean subnetZero, boolean classless,
                         OptionalInt tcpSynwaitTime) {

    public static final IpServices DEFAULT = new IpServices(true, false, true, true, OptionalInt.empty());

    public IpServices withCef(boolean v) {
        return new IpServices(v, ipv6Cef, subnetZero, classless, tcpSynwaitTime);
    }

    public IpServices withIpv6Cef(boolean v) {
        return new IpServices(cef, v, subnetZero, classless, tcpSynwaitTime);
    }

    public IpServices withSubnetZero(boolean v) {
        return new IpServices(cef, ipv6Cef, v, classless, tcpSynwaitTime);
    }

    public IpServices withClassless(boolean v) {
        return new IpServices(cef, ipv6Cef, subnetZero, v, tcpSynwaitTime);
    }

    public IpServices withTcpSynwaitTime(OptionalInt v) {
        return new IpServices(cef, ipv6Cef, subnetZero, classless, v);
    }
}
