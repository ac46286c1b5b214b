package org.iosemu.ike.config;

import java.util.Locale;

/** The phase-1 identity a peer presents (its ID payload): an address, a group name (ID_KEY_ID) or a host name (ID_FQDN). */
public sealed interface PeerIdentity {
    record Address(Ipv4 address) implements PeerIdentity {
    }

    /** A group name, compared exactly as IOS compares `crypto isakmp client configuration group` names. */
    record KeyId(String group) implements PeerIdentity {
    }

    /** A host name; DNS names compare without regard to case, so it is kept in lower case. */
    record HostName(String name) implements PeerIdentity {
        public HostName {
            name = name.toLowerCase(Locale.ROOT);
        }
    }
}
