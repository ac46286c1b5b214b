package org.iosemu.config;

import java.util.Optional;

/**
 * `pre-shared-key address A [MASK] key [0|6] K` or `pre-shared-key hostname H key [0|6] K` in a keyring.
 * An {@code encrypted} key is type 6 text: kept and shown as typed, but unusable without the router's
 * master key, which this image does not model.
 */
public record KeyringKey(Optional<String> address, Optional<String> mask, Optional<String> hostname, String key,
                         boolean encrypted) {

    public static KeyringKey forAddress(String address, Optional<String> mask, String key, boolean encrypted) {
        return new KeyringKey(Optional.of(address), mask, Optional.empty(), key, encrypted);
    }

    public static KeyringKey forHostname(String hostname, String key, boolean encrypted) {
        return new KeyringKey(Optional.empty(), Optional.empty(), Optional.of(hostname), key, encrypted);
    }

    /** Same peer rules as `crypto isakmp key`: a host mask counts as none. */
    public IsakmpKey.Peer peer() {
        return new IsakmpKey.Peer(address, mask.filter(m -> !m.equals("255.255.255.255")), hostname);
    }

    public String render() {
        String who = address.map(a -> "address " + a + mask.filter(m -> !m.equals("255.255.255.255")).map(m -> " " + m).orElse(""))
                .orElseGet(() -> "hostname " + hostname.orElseThrow());
        return "pre-shared-key " + who + " key " + (encrypted ? "6 " : "") + key;
    }
}
