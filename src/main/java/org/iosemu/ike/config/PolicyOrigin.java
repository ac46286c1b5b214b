package org.iosemu.ike.config;

/**
 * Where a {@link ChildPolicy} comes from. The engine keys per-policy state (current peer, the SA an outbound
 * packet belongs to) by {@link #key()}, and show commands name a policy by {@link #mapName()} and {@link #seq()},
 * as IOS names the crypto map entry an SA was built from.
 */
public sealed interface PolicyOrigin {
    /** The crypto map that holds the policy (for Easy VPN and tunnel interfaces the one IOS builds for them). */
    String mapName();

    int seq();

    /** Unique among the policies of one configuration. */
    default String key() {
        return mapName() + " " + seq();
    }

    /** `crypto map NAME SEQ ipsec-isakmp`. */
    record CryptoMap(String mapName, int seq) implements PolicyOrigin {
    }

    /** `crypto map NAME SEQ ipsec-isakmp dynamic DYNAMIC`, entry {@code dynamicSeq} of the dynamic map. */
    record DynamicMap(String mapName, int seq, String dynamicMap, int dynamicSeq) implements PolicyOrigin {
        @Override
        public String key() {
            return mapName + " " + seq + " dynamic " + dynamicMap + " " + dynamicSeq;
        }
    }

    /** `crypto ipsec client ezvpn NAME`; IOS shows its SAs under a map it creates for the tunnel. */
    record EasyVpn(String client, String mapName, int seq) implements PolicyOrigin {
        @Override
        public String key() {
            return "ezvpn " + client;
        }
    }

    /** `tunnel protection ipsec profile` on a tunnel interface; IOS names the map after the interface. */
    record TunnelInterface(String interfaceName, String mapName, int seq) implements PolicyOrigin {
        @Override
        public String key() {
            return "tunnel " + interfaceName;
        }
    }
}
