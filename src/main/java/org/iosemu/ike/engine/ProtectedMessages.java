package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.crypto.Bytes;

/**
 * The messages exchanged under an established IKE SA (Quick Mode, Informational, later Transaction): a HASH payload
 * first, computed by the exchange over the payloads after it, and the whole body encrypted with the CBC IV chain of
 * the message ID (RFC 2409 5.5 and appendix B). The exchanges differ only in what they hash.
 */
final class ProtectedMessages {
    private ProtectedMessages() {
    }

    /** Puts the HASH computed over the encoded {@code payloads} in front of them and encrypts the message. */
    static byte[] sealBehindHash(Phase1Sa sa, int exchangeType, int messageId, List<Payload> payloads, UnaryOperator<byte[]> hashOver) {
        List<Payload> all = new ArrayList<>();
        all.add(new Payload.Hash(hashOver.apply(IsakmpCodec.encodePayloads(payloads))));
        all.addAll(payloads);
        return seal(sa, exchangeType, messageId, all);
    }

    /** Encrypts {@code payloads} (which carry their own HASH) and advances the message ID's IV chain. */
    static byte[] seal(Phase1Sa sa, int exchangeType, int messageId, List<Payload> payloads) {
        IsakmpHeader header = new IsakmpHeader(sa.ckyI, sa.ckyR, 0, IsakmpHeader.VERSION_IKEV1, exchangeType, 0, messageId, 0);
        return MessageCrypto.seal(sa, header, payloads);
    }

    /**
     * Decrypts a message and checks its leading HASH against {@code expectedHash} of the payloads after it; the
     * IV chain does not move (the caller commits it once it takes the message). {@code exchange} names the
     * exchange in the drop reasons ("quick mode", "informational").
     */
    static MessageCrypto.Opened open(Phase1Sa sa, IsakmpHeader h, byte[] datagram, UnaryOperator<byte[]> expectedHash, String exchange)
            throws DropPacket {
        MessageCrypto.Opened opened = MessageCrypto.open(sa, h, datagram);
        PayloadChain chain = opened.chain();
        if (chain.payloads().isEmpty() || !(chain.payloads().get(0) instanceof Payload.Hash hash)) {
            throw new DropPacket(exchange + " packet without leading HASH payload, dropped");
        }
        if (!Bytes.same(hash.data(), expectedHash.apply(chain.rawFrom(1)))) {
            throw new DropPacket("hash of " + exchange + " message " + h.messageId() + " from " + sa.remote.ip() + " failed verification, dropped");
        }
        return opened;
    }
}
