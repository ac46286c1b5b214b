package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The `tunnel ...` lines of a tunnel interface: where it starts (`tunnel source` an interface or an address) and
 * ends, its encapsulation (GRE over IP, IOS's default, or `ipsec ipv4`, a static VTI) and the IPsec profile that
 * protects it.
 */
public record TunnelConfig(Optional<Source> source, Optional<String> destination, Mode mode,
                           Optional<Protection> protection) {

    public static final TunnelConfig NONE = new TunnelConfig(Optional.empty(), Optional.empty(), Mode.GRE_IP,
            Optional.empty());

    /** `tunnel mode ...`; {@link #GRE_IP} is the default and not shown. */
    public enum Mode {
        GRE_IP("gre ip"), IPSEC_IPV4("ipsec ipv4");

        private final String keyword;

        Mode(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** `tunnel source IF` or `tunnel source A.B.C.D`. */
    public record Source(Optional<InterfaceName> iface, Optional<String> address) {
        public static Source of(InterfaceName iface) {
            return new Source(Optional.of(iface), Optional.empty());
        }

        public static Source of(String address) {
            return new Source(Optional.empty(), Optional.of(address));
        }

        public String render() {
            return iface.map(InterfaceName::canonical).orElseGet(address::orElseThrow);
        }
    }

    /** `tunnel protection ipsec profile NAME [shared]`. */
    public record Protection(String profile, boolean shared) {

        /** The entry of the crypto map IOS builds for the protection that holds the profile's settings. */
        public static final int PROFILE_SEQ = 65536;
        /** The entry IOS instantiates from it for the tunnel's peer (`Map is a PROFILE INSTANCE.`). */
        public static final int PROFILE_INSTANCE_SEQ = 65537;

        /** The crypto map IOS builds for a protected tunnel, named after it: `Tunnel0-head-0`. */
        public static String mapTag(InterfaceName tunnel) {
            return tunnel.canonical() + "-head-0";
        }
    }

    public TunnelConfig withSource(Optional<Source> v) {
        return new TunnelConfig(v, destination, mode, protection);
    }

    public TunnelConfig withDestination(Optional<String> v) {
        return new TunnelConfig(source, v, mode, protection);
    }

    public TunnelConfig withMode(Mode v) {
        return new TunnelConfig(source, destination, v, protection);
    }

    public TunnelConfig withProtection(Optional<Protection> v) {
        return new TunnelConfig(source, destination, mode, v);
    }

    public boolean vti() {
        return mode == Mode.IPSEC_IPV4;
    }

    /** In IOS's order: source, mode, destination, protection (as 15.x writes a VTI). */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        source.ifPresent(s -> out.add(" tunnel source " + s.render()));
        if (mode != Mode.GRE_IP) {
            out.add(" tunnel mode " + mode.keyword());
        }
        destination.ifPresent(d -> out.add(" tunnel destination " + d));
        protection.ifPresent(p -> out.add(" tunnel protection ipsec profile " + p.profile() + (p.shared() ? " shared" : "")));
        return out;
    }
}
