package org.iosemu.ike.engine;

import org.iosemu.ike.codec.IsakmpHeader;

/**
 * The exchange that sets up an IKE SA (Main Mode, later Aggressive Mode), as initiator or responder. Both modes
 * take their steps from {@link Phase1Steps} and {@link Phase1Negotiation}; the classes of this interface keep the
 * order of the messages.
 */
interface Phase1Exchange {
    void onMessage(IsakmpHeader header, byte[] datagram) throws DropPacket;

    /**
     * Whether a copy of the peer's last message is answered by resending ours (its answer to it was lost). The
     * side that sends the last message answers; the other relies on its retransmission timer (no ping-pong).
     */
    boolean answersDuplicates();
}
