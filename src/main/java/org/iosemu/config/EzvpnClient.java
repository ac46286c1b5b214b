package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `crypto ipsec client ezvpn NAME`: an Easy VPN remote profile with ordered (backup) peers. The sub-mode lines
 * render in the order IOS 15.x writes them (connect, group, local-address, mode, peer, acl, idle-time,
 * backup, virtual-interface, username, xauth).
 */
public record EzvpnClient(String name, Connect connect, Optional<String> group, Optional<String> groupKey,
                          Optional<String> localAddress, Mode mode, List<String> peers, Optional<String> defaultPeer,
                          Optional<String> acl, Optional<Integer> idleTime, Optional<Backup> backup,
                          Optional<VirtualInterface> virtualInterface, Optional<XauthUser> xauthUser,
                          Optional<String> xauthMode) {

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

    /** `connect auto|manual|acl ACL`: when the tunnel comes up. */
    public record Connect(Kind kind, Optional<String> acl) {
        public enum Kind { AUTO, MANUAL, ACL }

        public static final Connect AUTO = new Connect(Kind.AUTO, Optional.empty());
        public static final Connect MANUAL = new Connect(Kind.MANUAL, Optional.empty());

        public static Connect onTraffic(String acl) {
            return new Connect(Kind.ACL, Optional.of(acl));
        }

        String render() {
            return switch (kind) {
                case AUTO -> "auto";
                case MANUAL -> "manual";
                case ACL -> "acl " + acl.orElseThrow();
            };
        }
    }

    /** `backup NAME track N`. */
    public record Backup(String tunnel, int track) {}

    /** `virtual-interface [N]`: the virtual-template the tunnel is cloned from (empty: IOS picks one). */
    public record VirtualInterface(Optional<Integer> template) {}

    /** `username U password P`: the XAUTH credentials saved for `xauth userid mode local`. */
    public record XauthUser(String user, Password password) {}

    public EzvpnClient {
        peers = List.copyOf(peers);
    }

    public static EzvpnClient withDefaults(String name) {
        return new EzvpnClient(name, Connect.AUTO, Optional.empty(), Optional.empty(), Optional.empty(), Mode.CLIENT,
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Convenience for readers that only care whether the tunnel starts by itself. */
    public boolean connectAuto() {
        return connect.kind() == Connect.Kind.AUTO;
    }

    public EzvpnClient withConnect(Connect v) {
        return new EzvpnClient(name, v, group, groupKey, localAddress, mode, peers, defaultPeer, acl, idleTime, backup,
                virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withGroup(Optional<String> g, Optional<String> k) {
        return new EzvpnClient(name, connect, g, k, localAddress, mode, peers, defaultPeer, acl, idleTime, backup,
                virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withLocalAddress(Optional<String> v) {
        return new EzvpnClient(name, connect, group, groupKey, v, mode, peers, defaultPeer, acl, idleTime, backup,
                virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withMode(Mode v) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, v, peers, defaultPeer, acl, idleTime,
                backup, virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withPeers(List<String> v, Optional<String> def) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, mode, v, def, acl, idleTime, backup,
                virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withAcl(Optional<String> v) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, mode, peers, defaultPeer, v, idleTime,
                backup, virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withIdleTime(Optional<Integer> v) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, mode, peers, defaultPeer, acl, v, backup,
                virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withBackup(Optional<Backup> v) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, mode, peers, defaultPeer, acl, idleTime, v,
                virtualInterface, xauthUser, xauthMode);
    }

    public EzvpnClient withVirtualInterface(Optional<VirtualInterface> v) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, mode, peers, defaultPeer, acl, idleTime,
                backup, v, xauthUser, xauthMode);
    }

    public EzvpnClient withXauthUser(Optional<XauthUser> v) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, mode, peers, defaultPeer, acl, idleTime,
                backup, virtualInterface, v, xauthMode);
    }

    public EzvpnClient withXauthMode(Optional<String> v) {
        return new EzvpnClient(name, connect, group, groupKey, localAddress, mode, peers, defaultPeer, acl, idleTime,
                backup, virtualInterface, xauthUser, v);
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ipsec client ezvpn " + name);
        out.add(" connect " + connect.render());
        group.ifPresent(g -> out.add(" group " + g + " key " + groupKey.orElseThrow()));
        localAddress.ifPresent(i -> out.add(" local-address " + i));
        out.add(" mode " + mode.keyword());
        for (String p : peers) {
            out.add(" peer " + p + (defaultPeer.filter(p::equals).isPresent() ? " default" : ""));
        }
        acl.ifPresent(a -> out.add(" acl " + a));
        idleTime.ifPresent(t -> out.add(" idle-time " + t));
        backup.ifPresent(b -> out.add(" backup " + b.tunnel() + " track " + b.track()));
        virtualInterface.ifPresent(v -> out.add(" virtual-interface" + v.template().map(n -> " " + n).orElse("")));
        xauthUser.ifPresent(u -> out.add(" username " + u.user() + " password " + u.password().render(false)));
        xauthMode.ifPresent(m -> out.add(" xauth userid mode " + m));
        return out;
    }
}
