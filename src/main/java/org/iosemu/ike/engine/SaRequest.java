package org.iosemu.ike.engine;

import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.ProxyIdentity;

/** Interesting traffic asked for an IPsec SA for this crypto map entry and ACL line. */
record SaRequest(ChildPolicy entry, ProxyIdentity proxy) {
    String key() {
        return entry.key() + "|" + proxy;
    }
}
