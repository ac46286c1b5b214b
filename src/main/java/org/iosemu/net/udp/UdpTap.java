package org.iosemu.net.udp;

import org.iosemu.ike.Endpoint;

/** Sees every UDP datagram the transport sends or receives, as it is on the wire (for packet capture). */
@FunctionalInterface
public interface UdpTap {
    void onDatagram(Endpoint src, Endpoint dst, byte[] udpPayload);
}
