package org.iosemu.ike.engine;

import org.iosemu.ike.codec.IsakmpHeader;

/**
 * The exchange that sets up an IKE SA (Main Mode, later Aggressive Mode), as initiator or responder. Both modes
 * take their steps from {@link Phase1Steps} and {@link Phase1Negotiation}; the classes of this interface keep the
 * order of the messages.
 */
interface Phase1Exchange {
    void onMessage(IsakmpHeader header, byte[] datagram) throws DropPacket;
}
