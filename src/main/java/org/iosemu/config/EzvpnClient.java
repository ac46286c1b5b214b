package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `crypto ipsec client ezvpn NAME`: an Easy VPN remote profile with ordered (backup) peers. */
public record EzvpnClient(String name, boolean connectAuto, Optional<String> group, Optional<String> groupKey,
                          Mode mode, List<String> peers, Optional<String> defaultPeer, Optional<String> xauthMode) {

    /** Easy VPN remote modes. */
    public enum Mode {
        CLIENT("client"), NETWORK_EXTENSION("network-extension"), NETWORK_PLUS("network-plus");

        private final String keyword;

        Mode(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public EzvpnClient {
        peers = List.copyOf(peers);
    }

    public static EzvpnClient withDefaults(String name) {
        return new EzvpnClient(name, true, Optional.empty(), Optional.empty(), Mode.CLIENT, List.of(), Optional.empty(),
                Optional.empty());
    }

    public EzvpnClient withConnectAuto(boolean v) {
        return new EzvpnClient(name, v, group, groupKey, mode, peers, defaultPeer, xauthMode);
    }

    public EzvpnClient withGroup(Optional<String> g, Optional<String> k) {
        return new EzvpnClient(name, connectAuto, g, k, mode, peers, defaultPeer, xauthMode);
    }

    public EzvpnClient withMode(Mode v) {
        return new EzvpnClient(name, connectAuto, group, groupKey, v, peers, defaultPeer, xauthMode);
    }

    public EzvpnClient withPeers(List<String> v, Optional<String> def) {
        return new EzvpnClient(name, connectAuto, group, groupKey, mode, v, def, xauthMode);
    }

    public EzvpnClient withXauthMode(Optional<String> v) {
        return new EzvpnClient(name, connectAuto, group, groupKey, mode, peers, defaultPeer, v);
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ipsec client ezvpn " + name);
        out.add(" connect " + (connectAuto ? "auto" : "manual"));
        group.ifPresent(g -> out.add(" group " + g + " key " + groupKey.orElseThrow()));
        out.add(" mode " + mode.keyword());
        for (String p : peers) {
            out.add(" peer " + p + (defaultPeer.filter(p::equals).isPresent() ? " default" : ""));
        }
        xauthMode.ifPresent(m -> out.add(" xauth userid mode " + m));
        return out;
    }
}
