package org.iosemu.ike.engine;

import org.iosemu.ike.codec.IsakmpHeader;

/** One quick mode, keyed by its message ID inside the IKE SA. */
interface QuickModeExchange {
    void onMessage(IsakmpHeader header, byte[] datagram) throws DropPacket;

    /** The traffic request this exchange serves (initiator), or null (responder). */
    SaRequest request();

    boolean finished();

    void abort();
}
