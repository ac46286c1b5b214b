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

    /**
     * As {@link #sendEsp(OutboundResult.Protected, org.iosemu.net.IpPacket)}, the outer header's DF as the crypto
     * map's df-bit setting decided; an outer packet longer than {@code mtu} leaves as fragments (the caller has
     * already refused the ones with DF set). A real transport leaves both to the host's own IP stack.
     */
    default void sendEsp(OutboundResult.Protected p, org.iosemu.net.IpPacket clear, boolean dontFragment, int mtu) {
        sendEsp(p, clear);
    }
}
