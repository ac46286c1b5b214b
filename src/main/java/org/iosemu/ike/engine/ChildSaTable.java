package org.iosemu.ike.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.config.Ipv4;

/**
 * The live IPsec (child) SAs: by inbound SPI (how ESP finds its SA) and by peer address, in creation order. A
 * child SA refers to no IKE SA (only to the addresses and conn-id of the one that made it), so it outlives it and
 * does not care which IKE version negotiated it.
 */
final class ChildSaTable {
    private final SaRegistry<IpsecSaState> sas = new SaRegistry<>(s -> s.remote.ip());
    private final Map<Integer, IpsecSaState> bySpiIn = new HashMap<>();

    void add(IpsecSaState s) {
        sas.add(s);
        bySpiIn.put(s.spiIn, s);
    }

    /** Removes {@code s}; false if it was not there. */
    boolean remove(IpsecSaState s) {
        if (!sas.remove(s)) {
            return false;
        }
        bySpiIn.remove(s.spiIn);
        return true;
    }

    boolean contains(IpsecSaState s) {
        return sas.contains(s);
    }

    IpsecSaState inbound(int spi) {
        return bySpiIn.get(spi);
    }

    boolean spiInUse(int spi) {
        return bySpiIn.containsKey(spi);
    }

    /** Read-only live view in creation order; do not add or remove while iterating it. */
    Collection<IpsecSaState> view() {
        return sas.view();
    }

    List<IpsecSaState> list() {
        return sas.list();
    }

    List<IpsecSaState> withPeer(Ipv4 peer) {
        return sas.withPeer(peer);
    }

    /** The SAs between the two addresses, a snapshot in creation order. */
    List<IpsecSaState> between(Ipv4 local, Ipv4 remote) {
        return sas.withPeer(remote).stream().filter(s -> s.local.ip().equals(local)).toList();
    }

    boolean anyBetween(Ipv4 local, Ipv4 remote) {
        return sas.withPeer(remote).stream().anyMatch(s -> s.local.ip().equals(local));
    }
}
