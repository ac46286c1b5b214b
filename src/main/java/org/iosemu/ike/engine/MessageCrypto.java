package org.iosemu.ike.engine;

import java.util.Arrays;
import java.util.List;
import org.iosemu.ike.codec.DecodeException;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.crypto.Bytes;

/**
 * Encrypts and decrypts ISAKMP bodies with the SA's CBC IV chains (RFC 2409 appendix B). Decryption never
 * changes the chains: the caller commits the returned IV only after the message authenticated.
 */
final class MessageCrypto {
    record Opened(PayloadChain chain, byte[] nextIv) {
    }

    private MessageCrypto() {
    }

    static byte[] ivFor(Phase1Sa sa, int messageId) {
        if (messageId == 0) {
            return sa.phase1Iv;
        }
        byte[] iv = sa.phase2Iv.get(messageId);
        return iv != null ? iv : sa.crypto.phase2Iv(sa.lastPhase1Block, messageId);
    }

    /** Encrypts the payloads and advances the IV chain of the message ID. */
    static byte[] seal(Phase1Sa sa, IsakmpHeader header, List<? extends Payload> payloads) {
        byte[] body = IsakmpCodec.encodePayloads(payloads);
        int bs = sa.crypto.cipher().blockSize();
        byte[] padded = Arrays.copyOf(body, (body.length + bs - 1) / bs * bs);
        byte[] cipherText = sa.primitives.cipher(sa).encrypt(ivFor(sa, header.messageId()), padded);
        commit(sa, header.messageId(), Bytes.lastBlock(cipherText, bs));
        IsakmpHeader h = new IsakmpHeader(sa.ckyI, sa.ckyR, payloads.get(0).type(), IsakmpHeader.VERSION_IKEV1, header.exchangeType(),
                header.flags() | IsakmpHeader.FLAG_ENCRYPTION, header.messageId(), IsakmpHeader.SIZE + cipherText.length);
        return Bytes.concat(IsakmpCodec.encodeHeader(h), cipherText);
    }

    static Opened open(Phase1Sa sa, IsakmpHeader header, byte[] datagram) throws DropPacket {
        if (!header.encrypted()) {
            throw new DropPacket("packet from " + sa.remote.ip() + " should have been encrypted, dropped");
        }
        if (sa.keys == null) {
            throw new DropPacket("encrypted packet from " + sa.remote.ip() + " before keys exist, dropped");
        }
        int bs = sa.crypto.cipher().blockSize();
        byte[] body = Arrays.copyOfRange(datagram, IsakmpHeader.SIZE, datagram.length);
        if (body.length == 0 || body.length % bs != 0) {
            throw new DropPacket("encrypted body of " + body.length + " bytes is not a multiple of the block size, dropped");
        }
        if (header.messageId() != 0 && sa.lastPhase1Block == null) {
            throw new DropPacket("phase 2 packet before phase 1 completed, dropped");
        }
        byte[] plain = sa.primitives.cipher(sa).decrypt(ivFor(sa, header.messageId()), body);
        try {
            return new Opened(IsakmpCodec.decodePayloads(header.nextPayload(), plain, 0, plain.length, true), Bytes.lastBlock(body, bs));
        } catch (DecodeException e) {
            // IOS (doc 5409, "Reserved Not Zero on Payload 5"): a wrong key garbles the first payload's header
            String detail = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
            throw new DropPacket.Malformed(detail.startsWith("reserved not zero") ? detail + "!"
                    : "decryption of packet from " + sa.remote.ip() + " failed (" + e.getMessage() + "), dropped");
        }
    }

    static void commit(Phase1Sa sa, int messageId, byte[] nextIv) {
        if (messageId == 0) {
            sa.phase1Iv = nextIv;
        } else {
            sa.phase2Iv.put(messageId, nextIv);
        }
    }
}
