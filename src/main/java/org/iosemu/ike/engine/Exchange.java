package org.iosemu.ike.engine;

import org.iosemu.ike.codec.IsakmpHeader;

/**
 * One exchange on an established IKE SA, identified by its message ID: Quick Mode, and later the Transaction
 * exchanges (XAUTH, Mode Config). Its life: started by the {@link ExchangeQueue} when its turn comes (or created by
 * the peer's first message), fed the messages with its ID, finished, or aborted when the IKE SA goes.
 */
interface Exchange {
    int messageId();

    void onMessage(IsakmpHeader header, byte[] datagram) throws DropPacket;

    boolean finished();

    /** The IKE SA goes away: stop resending; the message ID stays used. */
    void abort();
}
