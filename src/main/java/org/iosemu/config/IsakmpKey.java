package org.iosemu.config;

import java.util.Optional;

/**
 * `crypto isakmp key [0|6] KEY address A.B.C.D [MASK] [no-xauth]` or `... hostname NAME [no-xauth]`.
 * Exactly one of {@code address} / {@code hostname} is present; the peer identifies the key. An
 * {@code encrypted} (type 6) key is kept and shown as typed; without the router's master key it cannot be used.
 */
public record IsakmpKey(String key, Optional<String> address, Optional<String> mask, Optional<String> hostname,
                        boolean noXauth, boolean encrypted) {

    public static IsakmpKey forAddress(String key, String address, Optional<String> mask, boolean noXauth) {
        return new IsakmpKey(key, Optional.of(address), mask, Optional.empty(), noXauth, false);
    }

    public static IsakmpKey forHostname(String key, String hostname, boolean noXauth) {
        return new IsakmpKey(key, Optional.empty(), Optional.empty(), Optional.of(hostname), noXauth, false);
    }

    public IsakmpKey asEncrypted(boolean v) {
        return new IsakmpKey(key, address, mask, hostname, noXauth, v);
    }

    /** Who a key is for: address and mask (a host mask counts as none), or hostname. */
    public record Peer(Optional<String> address, Optional<String> mask, Optional<String> hostname) {}

    public Peer peer() {
        return new Peer(address, effectiveMask(), hostname);
    }

    /** Same peer (address and mask, or hostname): a new key for the same peer replaces the old one. */
    public boolean samePeer(IsakmpKey o) {
        return peer().equals(o.peer());
    }

    private Optional<String> effectiveMask() {
        return mask.filter(m -> !m.equals("255.255.255.255"));
    }

    /** IOS pads the address to 15 columns, leaving trailing blanks when nothing follows. */
    public String render() {
        StringBuilder b = new StringBuilder("crypto isakmp key ").append(encrypted ? "6 " : "").append(key);
        if (address.isPresent()) {
            b.append(" address ").append(String.format("%-15s", address.get()));
            mask.filter(m -> !m.equals("255.255.255.255")).ifPresent(m -> b.append(" ").append(m));
        } else {
            b.append(" hostname ").append(hostname.orElseThrow());
        }
        if (noXauth) {
            b.append(" no-xauth");
        }
        return b.toString();
    }
}
