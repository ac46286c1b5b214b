package org.iosemu.ike;

import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.PolicyOrigin;

/**
 * Which policies may protect a packet leaving an interface: those of the interface's crypto map (a configured
 * map, or the one IOS builds for a protected tunnel), or those of its Easy VPN tunnel. The two are told apart
 * by kind, not only by name, so a crypto map and an Easy VPN tunnel of the same name never take each other's
 * traffic.
 */
public sealed interface OutboundScope {

    boolean covers(ChildPolicy policy);

    /** The entries of crypto map {@code name} (`crypto map NAME`, or `Tunnel0-head-0` for a tunnel). */
    record CryptoMap(String name) implements OutboundScope {
        @Override
        public boolean covers(ChildPolicy policy) {
            return !(policy.origin() instanceof PolicyOrigin.EasyVpn) && name.equals(policy.mapName());
        }
    }

    /** The policies of Easy VPN tunnel {@code name} (`crypto ipsec client ezvpn NAME`). */
    record EasyVpnTunnel(String name) implements OutboundScope {
        @Override
        public boolean covers(ChildPolicy policy) {
            return policy.origin() instanceof PolicyOrigin.EasyVpn e && name.equals(e.client());
        }
    }
}
