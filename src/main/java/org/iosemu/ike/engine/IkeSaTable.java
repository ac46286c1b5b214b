package org.iosemu.ike.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.ike.config.Ipv4;

/** The live IKE SAs: by initiator cookie (how datagrams find theirs) and by peer address, in creation order. */
final class IkeSaTable {
    private final SaRegistry<Phase1Sa> sas = new SaRegistry<>(sa -> sa.remote.ip());
    /** By initiator cookie, the cookie's 8 bytes read as a number (no text per packet). */
    private final Map<Long, Phase1Sa> byCookie = new HashMap<>();

    void add(Phase1Sa sa) {
        sas.add(sa);
        byCookie.put(cookieKey(sa.ckyI), sa);
    }

    void remove(Phase1Sa sa) {
        sas.remove(sa);
        byCookie.remove(cookieKey(sa.ckyI));
    }

    Phase1Sa byInitiatorCookie(byte[] cookie) {
        return byCookie.get(cookieKey(cookie));
    }

    boolean cookieInUse(byte[] cookie) {
        return byCookie.containsKey(cookieKey(cookie));
    }

    /** A snapshot in creation order, safe to iterate while SAs come and go. */
    List<Phase1Sa> list() {
        return sas.list();
    }

    List<Phase1Sa> withPeer(Ipv4 peer) {
        return sas.withPeer(peer);
    }

    /** The newest established SA between the two addresses. */
    Optional<Phase1Sa> established(Ipv4 local, Ipv4 remote) {
        return sas.withPeer(remote).stream().filter(sa -> sa.established && !sa.deleted && sa.local.ip().equals(local)).reduce((a, b) -> b);
    }

    /** The SA new exchanges with the peer go on: the newest established one, else the oldest still negotiating; null if none. */
    Phase1Sa forNewExchanges(Ipv4 local, Ipv4 remote) {
        Phase1Sa ike = null;
        for (Phase1Sa sa : sas.withPeer(remote)) {
            if (sa.local.ip().equals(local) && !sa.deleted && (ike == null || sa.established)) {
                ike = sa;
            }
        }
        return ike;
    }

    /** Whether {@code sa} would be the only established SA with its peer (then it sends INITIAL_CONTACT). */
    boolean isFirstWithPeer(Phase1Sa sa) {
        return sas.withPeer(sa.remote.ip()).stream().noneMatch(o -> o != sa && o.established);
    }

    private static long cookieKey(byte[] cookie) {
        long key = 0;
        for (byte b : cookie) {
            key = key << 8 | (b & 0xff);
        }
        return key;
    }
}
