package org.iosemu.ike;

/** Where the engine sends UDP payloads; implemented by the lab/network layer. */
public interface DatagramPort {
    void send(Endpoint local, Endpoint remote, byte[] payload);
}
