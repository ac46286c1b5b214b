package org.iosemu.lab;

import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.Ipv4Address;

/** Converts between the network's and the engine's address records (same 32 bits). */
final class Addresses {
    private Addresses() {}

    static Ipv4 ike(Ipv4Address a) {
        return new Ipv4(a.bits());
    }

    static Ipv4Address net(Ipv4 a) {
        return new Ipv4Address(a.bits());
    }

    static Ipv4Address net(String dotted) {
        return Ipv4Address.parse(org.iosemu.config.Ipv4.canonical(dotted));
    }

    /** An inverted ACL wildcard as a mask: 0.0.0.255 → 255.255.255.0. */
    static Ipv4 maskFromWildcard(String wildcard) {
        return new Ipv4(~net(wildcard).bits());
    }
}
