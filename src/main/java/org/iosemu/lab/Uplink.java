package org.iosemu.lab;

import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.OutboundResult;

/**
 * Where a router's IKE datagrams and ESP leave it: the lab network by default, or a real transport (UDP
 * sockets) that {@link Router#connect} installs. Clear-text packets always stay on the lab network.
 */
public interface Uplink {

    /** IKE messages and NAT keepalives from the engine. */
    DatagramPort ike();

    /** A packet the crypto map protected: plain ESP, or ESP-in-UDP when {@code p.udp()} is present. */
    void sendEsp(OutboundResult.Protected p);

    /** As {@link #sendEsp(OutboundResult.Protected)}, with the clear packet it protects (its ToS, QoS pre-classify). */
    default void sendEsp(OutboundResult.Protected p, org.iosemu.net.IpPacket clear) {
        sendEsp(p);
    }
}
