package org.iosemu.ike.engine;

import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;

/**
 * The peer's half of one transaction pair: its REQUEST or SET arrived under a new message ID, and we answer
 * (REPLY or ACK, same message ID and identifier) now or later (an XAUTH REQUEST waits for the user). A copy of the
 * peer's message is answered with our answer again once there is one, and otherwise ignored: a prompt is never
 * shown twice.
 */
final class TransactionAnswer implements Exchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final int messageId;
    private final int identifier;
    private final byte[] received;
    private byte[] answer;
    private boolean aborted;

    TransactionAnswer(EngineCore core, Phase1Sa sa, int messageId, int identifier, byte[] received) {
        this.core = core;
        this.sa = sa;
        this.messageId = messageId;
        this.identifier = identifier;
        this.received = received;
        sa.nodes.open(messageId);
    }

    @Override
    public int messageId() {
        return messageId;
    }

    int identifier() {
        return identifier;
    }

    boolean answered() {
        return answer != null;
    }

    /** Sends our answer (its identifier must be the peer's). */
    void answer(Payload.Attributes attributes, String reason) {
        if (answer != null || aborted) {
            return;
        }
        if (core.log.enabled()) {
            core.log.sa(sa, " responding to peer config from " + sa.remote.ip() + ". ID = " + messageId);
        }
        answer = TransactionMessages.seal(sa, messageId, attributes);
        core.sendRaw(sa, answer);
        sa.seenMessageIds.add(messageId);
        if (core.log.enabled()) {
            core.log.sa(sa, "deleting node " + messageId + " error FALSE reason \"" + reason + "\"");
        }
        sa.nodes.deleted(core, sa, messageId);
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (!java.util.Arrays.equals(datagram, received)) {
            throw new DropPacket("transaction packet with used message ID " + messageId + " (replay), dropped");
        }
        if (answer != null) {
            core.log.sa(sa, " retransmitting phase 2 " + DebugLog.pad(sa.mmState) + " " + messageId + " (duplicate)");
            core.sendRaw(sa, answer);
        }
    }

    @Override
    public boolean finished() {
        return answer != null || aborted;
    }

    @Override
    public void abort() {
        aborted = true;
    }
}
