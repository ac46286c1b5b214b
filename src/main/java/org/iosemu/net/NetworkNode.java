package org.iosemu.net;

/** Something attached to the simulated network that receives packets addressed to it. */
@FunctionalInterface
public interface NetworkNode {
    void receive(IpPacket packet);
}
