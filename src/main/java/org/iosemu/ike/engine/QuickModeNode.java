package org.iosemu.ike.engine;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;

/**
 * One quick mode's message ID on the IKE SA (an IOS "node") and what initiator and responder do with it alike:
 * seal and open messages behind their leading HASH ({@link ProtectedMessages}), resend until answered, and end
 * the node. The role classes
 * keep the payloads and the order of their steps.
 */
final class QuickModeNode {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final int messageId;
    private final Retransmitter retransmitter;
    private boolean finished;

    QuickModeNode(EngineCore core, Phase1Sa sa, int messageId) {
        this.core = core;
        this.sa = sa;
        this.messageId = messageId;
        this.retransmitter = new Retransmitter(core.timers);
        sa.nodes.open(messageId);
    }

    int messageId() {
        return messageId;
    }

    boolean finished() {
        return finished;
    }

    /** Puts HASH(1) or HASH(2), computed over the encoded payloads, in front of them and encrypts the message. */
    byte[] sealBehindHash(List<Payload> payloads, UnaryOperator<byte[]> hashOver) {
        return ProtectedMessages.sealBehindHash(sa, ExchangeType.QUICK_MODE, messageId, payloads, hashOver);
    }

    byte[] seal(List<Payload> payloads) {
        return ProtectedMessages.seal(sa, ExchangeType.QUICK_MODE, messageId, payloads);
    }

    /**
     * Decrypts a message of this node and checks its leading HASH against {@code expectedHash} of the payloads
     * after it. The IV chain does not move until the caller {@link #accept}s the message.
     */
    MessageCrypto.Opened open(IsakmpHeader h, byte[] datagram, UnaryOperator<byte[]> expectedHash) throws DropPacket {
        return ProtectedMessages.open(sa, h, datagram, expectedHash, "quick mode");
    }

    /** Takes an opened message as valid: the IV chain advances, resending stops and a copy of it counts as a duplicate. */
    void accept(byte[] datagram, MessageCrypto.Opened opened) {
        MessageCrypto.commit(sa, messageId, opened.nextIv());
        retransmitter.cancel();
        retransmitter.lastReceived = datagram;
        core.heard(sa);
    }

    /** The peer resent the message we last accepted: our answer to it was lost. */
    boolean isDuplicate(byte[] datagram) {
        return Arrays.equals(datagram, retransmitter.lastReceived);
    }

    boolean hasSent() {
        return retransmitter.lastSent != null;
    }

    void resendForDuplicate(String ofMessage) {
        core.log.sa(sa, " retransmitting phase 2 QM_IDLE       " + messageId + " (duplicate of " + ofMessage + ")");
        send(retransmitter.lastSent);
    }

    /** A message for a node that already ended can only be a replay. */
    void dropIfFinished() throws DropPacket {
        if (finished) {
            throw new DropPacket("quick mode packet for finished node " + messageId + " (replay?), dropped");
        }
    }

    void send(byte[] message) {
        retransmitter.lastSent = message;
        core.sendRaw(sa, message);
    }

    /** Sends the message and resends it every interval until the answer arrives; the node dies after the last retry. */
    void sendUntilAnswered(byte[] message) {
        sendUntilAnswered(message, false);
    }

    /** As {@link #sendUntilAnswered(byte[])}, with the error-counter line IOS prints on each retry of the initiator's QM1. */
    void sendUntilAnsweredCountingErrors(byte[] message) {
        sendUntilAnswered(message, true);
    }

    private void sendUntilAnswered(byte[] message, boolean logErrorCounter) {
        send(message);
        retransmitter.arm(() -> {
            core.log.sa(sa, " retransmitting phase 2 QM_IDLE       " + messageId + " ...");
            if (logErrorCounter) {
                core.log.sa(sa, "incrementing error counter on node, attempt " + retransmitter.attempts() + " of " + Retransmitter.MAX_RETRIES + ": retransmit phase 2");
            }
            send(retransmitter.lastSent);
        }, () -> delete("Death by retransmission P2"));
    }

    void logProcessing(String payload) {
        core.log.sa(sa, " processing " + payload + " payload. message ID = " + messageId);
    }

    /** The exchange succeeded; {@code fromState} is the node state the last message found it in. */
    void complete(String reason, String fromState) {
        core.log.sa(sa, "deleting node " + messageId + " error FALSE reason \"" + reason + "\"");
        core.log.node(sa, messageId, "IKE_MESG_FROM_PEER, IKE_QM_EXCH", fromState, "IKE_QM_PHASE2_COMPLETE");
        end();
    }

    /** The exchange failed. */
    void delete(String reason) {
        core.log.sa(sa, "deleting node " + messageId + " error TRUE reason \"" + reason + "\"");
        end();
    }

    /** Ends the node; its message ID stays remembered so that a replay of it is not taken for a new exchange. */
    void end() {
        retransmitter.cancel();
        finished = true;
        sa.seenMessageIds.add(messageId);
        sa.exchanges.ended(messageId);
        sa.nodes.deleted(core, sa, messageId);
    }
}
