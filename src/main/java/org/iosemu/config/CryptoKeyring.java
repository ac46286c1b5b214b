package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `crypto keyring NAME`: pre-shared keys by peer address (with a mask) or host name, optionally used only when
 * the router terminates IKE on {@code localAddress} (an interface name or an address, as typed).
 */
public record CryptoKeyring(String name, Optional<String> description, Optional<String> localAddress,
                            List<KeyringKey> keys) {

    public CryptoKeyring {
        keys = List.copyOf(keys);
    }

    public static CryptoKeyring named(String name) {
        return new CryptoKeyring(name, Optional.empty(), Optional.empty(), List.of());
    }

    public CryptoKeyring withDescription(Optional<String> v) {
        return new CryptoKeyring(name, v, localAddress, keys);
    }

    public CryptoKeyring withLocalAddress(Optional<String> v) {
        return new CryptoKeyring(name, description, v, keys);
    }

    /** Adds {@code key}, or replaces the key for the same peer in its place. */
    public CryptoKeyring withKey(KeyringKey key) {
        List<KeyringKey> out = new ArrayList<>();
        boolean replaced = false;
        for (KeyringKey k : keys) {
            if (k.peer().equals(key.peer())) {
                out.add(key);
                replaced = true;
            } else {
                out.add(k);
            }
        }
        if (!replaced) {
            out.add(key);
        }
        return new CryptoKeyring(name, description, localAddress, out);
    }

    public CryptoKeyring withoutKey(IsakmpKey.Peer peer) {
        return new CryptoKeyring(name, description, localAddress,
                keys.stream().filter(k -> !k.peer().equals(peer)).toList());
    }

    /** IOS writes two blanks after the name and indents the body by two. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto keyring " + name + "  ");
        description.ifPresent(d -> out.add("  description " + d));
        localAddress.ifPresent(a -> out.add("  local-address " + a));
        keys.forEach(k -> out.add("  " + k.render()));
        return out;
    }
}
