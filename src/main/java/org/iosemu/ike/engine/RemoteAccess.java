package org.iosemu.ike.engine;

import org.iosemu.ike.codec.Payload;

/**
 * The Easy VPN work on one IKE SA after phase 1, as server ({@link RemoteAccessServer}: XAUTH, Mode Config) or as
 * remote ({@link RemoteAccessClient}). The engine tells it when phase 1 completes, hands it the peer's
 * transaction messages, and tells it when the SA goes.
 */
interface RemoteAccess {
    void phase1Complete();

    /** The peer's REQUEST or SET, authenticated; {@code answer} sends the REPLY or ACK. */
    void onPeerMessage(TransactionAnswer answer, Payload.Attributes message);

    /** The IKE SA is gone (deleted, dead peer, lifetime). */
    void saGone(String reason);
}
