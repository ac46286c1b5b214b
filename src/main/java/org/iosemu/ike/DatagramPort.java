package org.iosemu.ike;

/** Where the engine sends UDP payloads; implemented by the lab/network layer. */
public interface DatagramPort {
    /**
     * Sends an IKE message. When either port is 4500 (NAT-T) the transport puts the 4-byte non-ESP marker in
     * front of it (RFC 3948 2.2), so the receiver can tell IKE from UDP-encapsulated ESP.
     */
    void send(Endpoint local, Endpoint remote, byte[] payload);

    /**
     * Sends a NAT keepalive: a UDP datagram holding the single byte 0xFF (RFC 3948 2.3), no marker.
     * Transports without real UDP (the in-memory lab network) may ignore it; receivers discard it anyway.
     */
    default void sendNatKeepalive(Endpoint local, Endpoint remote) {
    }
}
