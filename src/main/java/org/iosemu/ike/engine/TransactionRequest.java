package org.iosemu.ike.engine;

import java.util.function.Consumer;
import org.iosemu.ike.codec.ConfigAttributes;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;

/**
 * Our half of one transaction pair: a REQUEST answered by a REPLY, or a SET answered by an ACK, under a fresh
 * message ID. Resent until answered when {@code resend} (Mode Config); an XAUTH REQUEST is sent once, since the
 * answer waits for a user and the XAUTH timeout bounds it. A copy of the answer, or an answer of the wrong type,
 * is dropped.
 */
final class TransactionRequest implements Exchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final int messageId;
    private final int expectedAnswer;
    private final Consumer<Payload.Attributes> onAnswer;
    private final String doneReason;
    private final Retransmitter retransmitter;
    private boolean finished;

    private TransactionRequest(EngineCore core, Phase1Sa sa, int cfgType, String doneReason, Consumer<Payload.Attributes> onAnswer) {
        this.doneReason = doneReason;
        this.core = core;
        this.sa = sa;
        this.messageId = core.newMessageId(sa);
        this.expectedAnswer = cfgType == ConfigAttributes.CFG_REQUEST ? ConfigAttributes.CFG_REPLY : ConfigAttributes.CFG_ACK;
        this.onAnswer = onAnswer;
        this.retransmitter = new Retransmitter(core.timers);
    }

    /**
     * Sends {@code message} (its identifier is ours to choose) and registers the pair on the SA; {@code state} is
     * the ISAKMP state the SA shows meanwhile (CONF_XAUTH, CONF_ADDR), {@code doneReason} what the node's deletion
     * line says once the answer came.
     */
    static TransactionRequest send(EngineCore core, Phase1Sa sa, Payload.Attributes message, boolean resend, String state,
                                   String doneReason, Consumer<Payload.Attributes> onAnswer) {
        TransactionRequest t = new TransactionRequest(core, sa, message.cfgType(), doneReason, onAnswer);
        sa.exchanges.add(t);
        sa.nodes.open(t.messageId);
        if (core.log.enabled()) {
            core.log.global("set new node " + t.messageId + " to " + state);
            core.log.sa(sa, " initiating peer config to " + sa.remote.ip() + ". ID = " + t.messageId);
        }
        sa.mmState = state;
        byte[] sealed = TransactionMessages.seal(sa, t.messageId, message);
        t.retransmitter.lastSent = sealed;
        core.sendRaw(sa, sealed);
        if (resend) {
            t.retransmitter.arm(() -> {
                core.log.sa(sa, " retransmitting phase 2 " + state + " " + t.messageId + " ...");
                core.sendRaw(sa, t.retransmitter.lastSent);
            }, () -> {
                t.end("Death by retransmission P2", true);
                core.deleteIkeSa(sa, "Death by retransmission P2", false);
            });
        }
        return t;
    }

    @Override
    public int messageId() {
        return messageId;
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (finished) {
            throw new DropPacket("transaction packet for finished node " + messageId + " (replay?), dropped");
        }
        Payload.Attributes answer = TransactionMessages.open(sa, h, datagram);
        core.heard(sa);
        TransactionMessages.logReceived(core, sa, messageId, answer);
        if (answer.cfgType() != expectedAnswer) {
            core.log.sa(sa, "transaction answer " + ConfigAttributes.cfgTypeName(answer.cfgType()) + " where "
                    + ConfigAttributes.cfgTypeName(expectedAnswer) + " was expected, ignored");
            return;
        }
        end(doneReason, false);
        onAnswer.accept(answer);
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void abort() {
        retransmitter.cancel();
        finished = true;
    }

    /** The pair is over; the message ID stays used so that a replay is not taken for a new exchange. */
    void end(String reason, boolean error) {
        if (finished) {
            return;
        }
        retransmitter.cancel();
        finished = true;
        sa.seenMessageIds.add(messageId);
        if (core.log.enabled()) {
            core.log.sa(sa, "deleting node " + messageId + " error " + (error ? "TRUE" : "FALSE") + " reason \"" + reason + "\"");
        }
        sa.nodes.deleted(core, sa, messageId);
    }
}
