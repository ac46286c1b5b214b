package org.iosemu.ike.engine;

import java.util.List;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.crypto.Bytes;

/** Protected informational exchanges (HASH(1) + NOTIFY/DELETE, see {@link ProtectedMessages}): DPD probes and acks, deletes, errors. */
final class Informational {
    private final EngineCore core;

    Informational(EngineCore core) {
        this.core = core;
    }

    void sendDpd(Phase1Sa sa, int type, int sequence) {
        send(sa, List.of(new Payload.Notify(1, Proposal.PROTO_ISAKMP, type, sa.cookies(), Bytes.u32(sequence))));
    }

    void sendNotify(Phase1Sa sa, int protocol, int type, byte[] spi) {
        send(sa, List.of(new Payload.Notify(1, protocol, type, spi, new byte[0])));
    }

    void sendDelete(Phase1Sa sa, int protocol, List<byte[]> spis) {
        int size = protocol == Proposal.PROTO_ISAKMP ? 16 : 4;
        send(sa, List.of(new Payload.Delete(1, protocol, size, spis)));
    }

    private void send(Phase1Sa sa, List<Payload> payloads) {
        int messageId = core.newMessageId(sa);
        if (core.log.enabled()) {
            core.log.global("set new node " + messageId + " to " + DebugLog.pad("QM_IDLE"));
        }
        byte[] message = ProtectedMessages.sealBehindHash(sa, ExchangeType.INFORMATIONAL, messageId, payloads,
                rest -> sa.crypto.hash1(sa.primitives.skeyidA(sa), messageId, rest));
        sa.phase2Iv.remove(messageId);
        core.log.event(new IkeEvent.InformationalSent(sa.local, sa.remote, messageId, payloads));
        core.sendRaw(sa, message);
        if (core.log.enabled()) {
            core.log.sa(sa, "purging node " + messageId);
        }
    }

    void onMessage(Phase1Sa sa, IsakmpHeader h, byte[] datagram) throws DropPacket {
        int messageId = h.messageId();
        if (!sa.established) {
            throw new DropPacket("informational packet before phase 1 completed, dropped");
        }
        if (messageId == 0) {
            throw new DropPacket("informational packet with message ID 0, dropped");
        }
        if (sa.seenMessageIds.contains(messageId) || sa.exchanges.uses(messageId)) {
            throw new DropPacket("informational packet with already used message ID " + messageId + " (replay), dropped");
        }
        MessageCrypto.Opened opened = ProtectedMessages.open(sa, h, datagram,
                rest -> sa.crypto.hash1(sa.primitives.skeyidA(sa), messageId, rest), "informational");
        PayloadChain chain = opened.chain();
        sa.seenMessageIds.add(messageId);
        core.heard(sa);
        if (core.log.enabled()) {
            core.log.global("set new node " + messageId + " to " + DebugLog.pad("QM_IDLE"));
            core.log.sa(sa, " processing HASH payload. message ID = " + messageId);
        }
        String input = "IKE_INFO_NOTIFY";
        for (Payload p : chain.payloads().subList(1, chain.payloads().size())) {
            if (p instanceof Payload.Notify n) {
                onNotify(sa, n, messageId);
            } else if (p instanceof Payload.Delete d) {
                input = "IKE_INFO_DELETE";
                if (core.log.enabled()) {
                    core.log.sa(sa, " processing DELETE payload. message ID = " + messageId);
                }
                onDelete(sa, d, messageId);
            }
        }
        if (sa.deleted) {
            return;
        }
        if (core.log.enabled()) {
            core.log.sa(sa, "deleting node " + messageId + " error FALSE reason \"informational (in) state 1\"");
        }
        sa.nodes.open(messageId);
        sa.nodes.deleted(core, sa, messageId);
        if (core.log.enabled()) {
            core.log.input(sa, "IKE_MESG_FROM_PEER, " + input);
            core.log.states(sa, sa.fsm, sa.fsm);
        }
    }

    private void onNotify(Phase1Sa sa, Payload.Notify n, int messageId) {
        boolean debug = core.log.enabled();
        if (debug) {
            core.log.sa(sa, " processing NOTIFY " + NotifyType.name(n.notifyType()) + " protocol " + n.protocolId(),
                    "        spi 0, message ID = " + messageId + ", sa = " + core.log.saStruct(sa));
        }
        if (n.notifyType() == NotifyType.NO_PROPOSAL_CHOSEN && n.protocolId() == Proposal.PROTO_ESP) {
            for (Exchange e : List.copyOf(sa.exchanges.exchanges())) {
                if (e instanceof QuickModeInitiator qm) {
                    qm.rejectedByPeer();
                }
            }
            return;
        }
        if (n.notifyType() == NotifyType.INVALID_SPI && n.protocolId() == Proposal.PROTO_ESP && n.spi().length == 4) {
            // the peer cannot open what we send on this SA: drop it, so the next packet negotiates a new one
            core.deleteIpsecByOutboundSpi(sa, Bytes.u32(n.spi(), 0));
            return;
        }
        if (n.notifyType() != NotifyType.R_U_THERE && n.notifyType() != NotifyType.R_U_THERE_ACK) {
            return;
        }
        if (n.data().length != 4) {
            core.log.sa(sa, "DPD notify with " + n.data().length + " bytes of data, ignored");
            return;
        }
        int sequence = Bytes.u32(n.data(), 0);
        String seqText = debug ? "0x" + Integer.toHexString(sequence).toUpperCase() : "";
        if (n.notifyType() == NotifyType.R_U_THERE) {
            if (debug) {
                core.log.sa(sa, " DPD/R_U_THERE received from peer " + sa.remote.ip() + ", sequence " + seqText);
            }
            sendDpd(sa, NotifyType.R_U_THERE_ACK, sequence);
            if (sa.dpd != null) {
                sa.dpd.onPeerHello();
            }
        } else if (sa.dpd != null && sa.dpd.onAck(sequence)) {
            if (debug) {
                core.log.sa(sa, " DPD/R_U_THERE_ACK received from peer " + sa.remote.ip() + ", sequence " + seqText);
            }
        } else if (debug) {
            core.log.sa(sa, " DPD/R_U_THERE_ACK received from peer " + sa.remote.ip() + ", sequence " + seqText + " not outstanding, ignored");
        }
    }

    private void onDelete(Phase1Sa sa, Payload.Delete d, int messageId) {
        if (d.protocolId() == Proposal.PROTO_ISAKMP) {
            for (byte[] spi : d.spis()) {
                if (java.util.Arrays.equals(spi, sa.cookies())) {
                    core.log.sa(sa, "peer does not do paranoid keepalives.\n");
                    // the reference's 12.4/15.0 capture: the DELETE's own node goes right after the SA's line, and
                    // is listed again with the SA's nodes when the peer struct is reaped
                    core.deleteIkeSa(sa, "No reason", false, () -> {
                        core.log.sa(sa, "deleting node " + messageId + " error FALSE reason \"informational (in) state 1\"\n");
                        sa.nodes.open(messageId);
                        sa.nodes.deleted(core, sa, messageId);
                    });
                    return;
                }
            }
        } else if (d.protocolId() == Proposal.PROTO_ESP && d.spiSize() == 4) {
            for (byte[] spi : d.spis()) {
                core.deleteIpsecByOutboundSpi(sa, Bytes.u32(spi, 0));
            }
        }
    }
}
