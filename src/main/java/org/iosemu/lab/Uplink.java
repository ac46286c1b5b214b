package org.iosemu.lab;

import org.iosemu.ike.Endpoint;
import org.iosemu.ike.OutboundResult;

/**
 * Where a router's IKE datagrams and ESP leave it: the lab network by default, or a real transport (UDP
 * sockets) that {@link Router#connect} installs. Clear-text packets always stay on the lab network.
 */
public interface Uplink {

    /** An IKE message from the engine (the transport adds the non-ESP marker on 4500). */
    void sendIke(Endpoint local, Endpoint remote, byte[] payload);

    /** A NAT keepalive (one 0xFF byte on 4500); meaningless on the lab network. */
    default void sendNatKeepalive(Endpoint local, Endpoint remote) {
    }

    /** A packet the crypto map protected: plain ESP, or ESP-in-UDP when {@code p.udp()} is present. */
    void sendEsp(OutboundResult.Protected p);
}
