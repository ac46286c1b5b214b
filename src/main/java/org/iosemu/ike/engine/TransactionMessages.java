package org.iosemu.ike.engine;

import java.util.List;
import org.iosemu.ike.codec.Attribute;
import org.iosemu.ike.codec.ConfigAttributes;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;

/**
 * The messages of a Transaction exchange (XAUTH, Mode Config): HDR*, HASH, ATTR with HASH = prf(SKEYID_a, M-ID |
 * ATTR) like an Informational's HASH(1) (draft-dukes-ike-mode-cfg), each pair of messages under its own fresh
 * message ID and IV chain ({@link ProtectedMessages}).
 */
final class TransactionMessages {
    private TransactionMessages() {
    }

    static byte[] seal(Phase1Sa sa, int messageId, Payload.Attributes attributes) {
        return ProtectedMessages.sealBehindHash(sa, ExchangeType.TRANSACTION, messageId, List.of(attributes),
                rest -> sa.crypto.hash1(sa.primitives.skeyidA(sa), messageId, rest));
    }

    /** Decrypts and authenticates a transaction message; the IV chain of its message ID moves once it verified. */
    static Payload.Attributes open(Phase1Sa sa, IsakmpHeader h, byte[] datagram) throws DropPacket {
        MessageCrypto.Opened opened = ProtectedMessages.open(sa, h, datagram,
                rest -> sa.crypto.hash1(sa.primitives.skeyidA(sa), h.messageId(), rest), "transaction");
        Payload.Attributes attributes = opened.chain().first(Payload.Attributes.class)
                .orElseThrow(() -> new DropPacket("transaction packet without attribute payload, dropped"));
        MessageCrypto.commit(sa, h.messageId(), opened.nextIv());
        return attributes;
    }

    /** IOS's lines for a received transaction message: "processing transaction payload", "Config payload TYPE". */
    static void logReceived(EngineCore core, Phase1Sa sa, int messageId, Payload.Attributes attributes) {
        if (!core.log.enabled()) {
            return;
        }
        core.log.sa(sa, "processing transaction payload from " + sa.remote.ip() + ". message ID = " + messageId);
        core.log.global("Config payload " + ConfigAttributes.cfgTypeName(attributes.cfgType()));
    }

    /** The "checking request:" list, one attribute name a line. */
    static void logChecking(EngineCore core, Phase1Sa sa, String what, List<Attribute> attributes) {
        if (!core.log.enabled()) {
            return;
        }
        core.log.sa(sa, "checking " + what + ":");
        for (Attribute a : attributes) {
            core.log.global("   " + ConfigAttributes.name(a.type()));
        }
    }
}
