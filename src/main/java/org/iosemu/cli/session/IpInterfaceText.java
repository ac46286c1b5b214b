package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpAddress;
import org.iosemu.config.Ipv4;
import org.iosemu.config.RunningConfig;

/**
 * `show ip interface [IF]`: the classic 15.x block per interface (its address, MTU, access lists, and the
 * switching and feature lines, which follow the configuration where the emulator models it). An interface
 * without an address says only that IP is off.
 */
final class IpInterfaceText {

    private IpInterfaceText() {}

    /** {@code boot}: the configuration right after boot, to tell an NVRAM address from one typed since. */
    static List<String> render(InterfaceConfig i, org.iosemu.routing.LineState state, RunningConfig boot) {
        List<String> out = new ArrayList<>();
        out.add(i.name() + " is " + state.status() + ", line protocol is " + state.protocol());
        if (i.address().isEmpty() && i.unnumbered().isPresent()) {
            out.add("  Interface is unnumbered. Using address of " + i.unnumbered().get() + " ("
                    + boot.iface(i.unnumbered().get()).flatMap(InterfaceConfig::address).map(a -> a.address()).orElse("0.0.0.0") + ")");
            return out;
        }
        if (i.address().isEmpty()) {
            out.add("  Internet protocol processing disabled");
            return out;
        }
        IpAddress a = i.address().get();
        out.add("  Internet address is " + a.address() + "/" + prefix(a));
        out.add("  Broadcast address is 255.255.255.255");
        boolean fromNvram = boot.iface(i.name()).map(b -> b.address().equals(i.address())).orElse(false);
        out.add("  Address determined by " + (fromNvram ? "non-volatile memory" : "setup command"));
        for (IpAddress s : i.secondaries()) {
            out.add("  Secondary address " + s.address() + "/" + prefix(s));
        }
        out.add("  MTU is " + org.iosemu.config.InterfaceMtu.ip(i) + " bytes");
        out.add("  Helper address is not set");
        out.add("  Directed broadcast forwarding is disabled");
        var f = i.features();
        out.add("  Outgoing access list is " + f.accessGroupOut().orElse("not set"));
        out.add("  Inbound  access list is " + f.accessGroupIn().orElse("not set"));
        out.add("  Proxy ARP is " + (f.proxyArp() ? "enabled" : "disabled"));
        out.add("  Local Proxy ARP is disabled");
        out.add("  Security level is default");
        out.add("  Split horizon is enabled");
        out.add("  ICMP redirects are " + (f.redirects() ? "always" : "never") + " sent");
        out.add("  ICMP unreachables are " + (f.unreachables() ? "always" : "never") + " sent");
        out.add("  ICMP mask replies are never sent");
        out.add("  IP fast switching is enabled");
        out.add("  IP fast switching on the same interface is disabled");
        out.add("  IP Flow switching is disabled");
        out.add("  IP CEF switching is enabled");
        out.add("  IP CEF switching turbo vector");
        out.add("  IP multicast fast switching is enabled");
        out.add("  IP multicast distributed fast switching is disabled");
        out.add("  IP route-cache flags are Fast, CEF");
        out.add("  Router Discovery is disabled");
        out.add("  IP output packet accounting is disabled");
        out.add("  IP access violation accounting is disabled");
        out.add("  TCP/IP header compression is disabled");
        out.add("  RTP/IP header compression is disabled");
        out.add("  Policy routing is disabled");
        out.add("  Network address translation is " + f.nat().map(side -> "enabled, interface in domain " + side.keyword())
                .orElse("disabled"));
        out.add("  BGP Policy Mapping is disabled");
        // `ip tcp adjust-mss` shows as a feature both ways, not as a value (the reference's IOS-XE capture)
        boolean mss = i.tcpAdjustMss().isPresent();
        out.add("  Input features: MCI Check" + (mss ? ", TCP Adjust MSS" : ""));
        List<String> output = new ArrayList<>();
        if (mss) {
            output.add("TCP Adjust MSS");
        }
        if (i.cryptoMap().isPresent()) {
            output.add("IPSec output classification, IPSec: to crypto engine, Post-encryption output features");
        }
        if (!output.isEmpty()) {
            out.add("  Output features: " + String.join(", ", output));
        }
        out.add("  IPv4 WCCP Redirect outbound is disabled");
        out.add("  IPv4 WCCP Redirect inbound is disabled");
        out.add("  IPv4 WCCP Redirect exclude is disabled");
        return out;
    }

    private static int prefix(IpAddress a) {
        return Long.bitCount(Ipv4.toLong(a.mask()));
    }
}
