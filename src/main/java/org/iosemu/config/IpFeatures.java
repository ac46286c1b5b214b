package org.iosemu.config;

import java.util.Optional;

/**
 * An interface's packet features: the access groups that filter what enters and leaves, its NAT side, and the
 * ICMP/ARP switches that IOS turns on by default (`no ip unreachables` stops the administratively-prohibited
 * answers to filtered packets). `ip virtual-reassembly` is stored and shown only.
 */
public record IpFeatures(Optional<String> accessGroupIn, Optional<String> accessGroupOut, Optional<NatSide> nat,
                         boolean redirects, boolean unreachables, boolean proxyArp,
                         boolean reassemblyIn, boolean reassemblyOut) {

    /** `ip nat inside` / `ip nat outside`. */
    public enum NatSide {
        INSIDE, OUTSIDE;

        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final IpFeatures DEFAULT = new IpFeatures(Optional.empty(), Optional.empty(), Optional.empty(),
            true, true, true, false, false);

    public IpFeatures withAccessGroup(boolean inbound, Optional<String> acl) {
        return inbound
                ? new IpFeatures(acl, accessGroupOut, nat, redirects, unreachables, proxyArp, reassemblyIn, reassemblyOut)
                : new IpFeatures(accessGroupIn, acl, nat, redirects, unreachables, proxyArp, reassemblyIn, reassemblyOut);
    }

    /**
     * IOS 15.x turns on `ip virtual-reassembly in` with NAT on an interface (NAT needs whole datagrams); it
     * stays when NAT is removed.
     */
    public IpFeatures withNat(Optional<NatSide> side) {
        return new IpFeatures(accessGroupIn, accessGroupOut, side, redirects, unreachables, proxyArp,
                reassemblyIn || side.isPresent(), reassemblyOut);
    }

    public IpFeatures withRedirects(boolean v) {
        return new IpFeatures(accessGroupIn, accessGroupOut, nat, v, unreachables, proxyArp, reassemblyIn, reassemblyOut);
    }

    public IpFeatures withUnreachables(boolean v) {
        return new IpFeatures(accessGroupIn, accessGroupOut, nat, redirects, v, proxyArp, reassemblyIn, reassemblyOut);
    }

    public IpFeatures withProxyArp(boolean v) {
        return new IpFeatures(accessGroupIn, accessGroupOut, nat, redirects, unreachables, v, reassemblyIn, reassemblyOut);
    }

    public IpFeatures withReassembly(boolean in, boolean out) {
        return new IpFeatures(accessGroupIn, accessGroupOut, nat, redirects, unreachables, proxyArp, in, out);
    }

    /** The show-run lines, in IOS's order inside the interface block (after `ip address`). */
    public java.util.List<String> render() {
        java.util.List<String> out = new java.util.ArrayList<>(renderFilters());
        out.addAll(renderTranslation());
        return out;
    }

    /** The lines IOS writes before `ip mtu`: access groups and the ICMP/ARP switches. */
    public java.util.List<String> renderFilters() {
        java.util.List<String> out = new java.util.ArrayList<>();
        accessGroupIn.ifPresent(a -> out.add(" ip access-group " + a + " in"));
        accessGroupOut.ifPresent(a -> out.add(" ip access-group " + a + " out"));
        if (!redirects) {
            out.add(" no ip redirects");
        }
        if (!unreachables) {
            out.add(" no ip unreachables");
        }
        if (!proxyArp) {
            out.add(" no ip proxy-arp");
        }
        return out;
    }

    /** The lines IOS writes after `ip mtu`: the NAT side and virtual reassembly. */
    public java.util.List<String> renderTranslation() {
        java.util.List<String> out = new java.util.ArrayList<>();
        nat.ifPresent(s -> out.add(" ip nat " + s.keyword()));
        if (reassemblyIn) {
            out.add(" ip virtual-reassembly in");
        }
        if (reassemblyOut) {
            out.add(" ip virtual-reassembly out");
        }
        return out;
    }
}
