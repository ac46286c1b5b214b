package org.iosemu.nat;

import org.iosemu.net.Ipv4Address;

/**
 * One entry of the translation table. A simple entry (protocol 0, no ports, no outside) maps an inside local
 * address to an inside global one (static or dynamic 1:1); an extended entry is one flow, with the ports (ICMP:
 * the echo identifier) and the outside address.
 *
 * @param mapId the dynamic mapping that made it (1-based, `[Id: N]` of show ip nat statistics), 0 for static
 */
record Translation(int protocol, Ipv4Address insideLocal, int localPort, Ipv4Address insideGlobal, int globalPort,
                   Ipv4Address outside, int outsidePort, boolean isStatic, int mapId, int entryId, long created,
                   long used) {

    boolean extended() {
        return protocol != 0;
    }

    Translation usedAt(long now) {
        return new Translation(protocol, insideLocal, localPort, insideGlobal, globalPort, outside, outsidePort, isStatic,
                mapId, entryId, created, now);
    }

    /** IOS's default timeouts: ICMP 60 s, UDP 300 s, TCP 24 h, simple dynamic entries 24 h; statics never. */
    long timeoutMillis() {
        if (isStatic) {
            return 0;
        }
        return switch (protocol) {
            case 1 -> 60_000L;
            case 17 -> 300_000L;
            default -> 86_400_000L;
        };
    }
}
