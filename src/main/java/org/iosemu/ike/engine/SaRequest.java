package org.iosemu.ike.engine;

import org.iosemu.ike.config.CryptoMapEntry;
import org.iosemu.ike.config.ProxyIdentity;

/** Interesting traffic asked for an IPsec SA for this crypto map entry and ACL line. */
record SaRequest(CryptoMapEntry entry, ProxyIdentity proxy) {
    String key() {
        return entry.key() + "|" + proxy;
    }
}
