package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
        return with(b -> b.connect = v);
    }

    public EzvpnClient withGroup(Optional<String> g, Optional<String> k) {
        return with(b -> {
            b.group = g;
            b.groupKey = k;
        });
    }

    public EzvpnClient withLocalAddress(Optional<String> v) {
        return with(b -> b.localAddress = v);
    }

    public EzvpnClient withMode(Mode v) {
        return with(b -> b.mode = v);
    }

    public EzvpnClient withPeers(List<String> v, Optional<String> def) {
        return with(b -> {
            b.peers = v;
            b.defaultPeer = def;
        });
    }

    public EzvpnClient withAcl(Optional<String> v) {
        return with(b -> b.acl = v);
    }

    public EzvpnClient withIdleTime(Optional<Integer> v) {
        return with(b -> b.idleTime = v);
    }

    public EzvpnClient withBackup(Optional<Backup> v) {
        return with(b -> b.backup = v);
    }

    public EzvpnClient withVirtualInterface(Optional<VirtualInterface> v) {
        return with(b -> b.virtualInterface = v);
    }

    public EzvpnClient withXauthUser(Optional<XauthUser> v) {
        return with(b -> b.xauthUser = v);
    }

    public EzvpnClient withXauthMode(Optional<String> v) {
        return with(b -> b.xauthMode = v);
    }

    /** One copy-and-change path for every wither: the record has too many fields for a constructor per field. */
    private EzvpnClient with(Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return new EzvpnClient(name, f.connect, f.group, f.groupKey, f.localAddress, f.mode, f.peers, f.defaultPeer,
                f.acl, f.idleTime, f.backup, f.virtualInterface, f.xauthUser, f.xauthMode);
    }

    /** The changeable fields, copied from a record. */
    private static final class Fields {
        Connect connect;
        Optional<String> group;
        Optional<String> groupKey;
        Optional<String> localAddress;
        Mode mode;
        List<String> peers;
        Optional<String> defaultPeer;
        Optional<String> acl;
        Optional<Integer> idleTime;
        Optional<Backup> backup;
        Optional<VirtualInterface> virtualInterface;
        Optional<XauthUser> xauthUser;
        Optional<String> xauthMode;

        Fields(EzvpnClient e) {
            connect = e.connect;
            group = e.group;
            groupKey = e.groupKey;
            localAddress = e.localAddress;
            mode = e.mode;
            peers = e.peers;
            defaultPeer = e.defaultPeer;
            acl = e.acl;
            idleTime = e.idleTime;
            backup = e.backup;
            virtualInterface = e.virtualInterface;
            xauthUser = e.xauthUser;
            xauthMode = e.xauthMode;
        }
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
