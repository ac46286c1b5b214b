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
}
