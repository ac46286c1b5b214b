package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.ResponderLifetime;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.DhKeyPair;

/** Quick Mode as initiator: QM1 → (QM2) → QM3, installing the SA pair when QM2 authenticates. */
final class QuickModeInitiator implements QuickModeExchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final SaRequest request;
    private final QuickModeNode node;
    private final int messageId;
    private int spiIn;
    private byte[] nonceI;
    private DhKeyPair dh;

    /** Starts a quick mode for {@code request} when the SA's {@link ExchangeQueue} gives it its turn. */
    static ExchangeQueue.Starter starter(EngineCore core, Phase1Sa sa, SaRequest request) {
        return () -> {
            QuickModeInitiator qm = new QuickModeInitiator(core, sa, request);
            qm.start();
            return qm;
        };
    }

    /** Takes a fresh message ID; {@link #start()} must follow at once. */
    QuickModeInitiator(EngineCore core, Phase1Sa sa, SaRequest request) {
        this.core = core;
        this.sa = sa;
        this.request = request;
        this.messageId = core.newMessageId(sa);
        this.node = new QuickModeNode(core, sa, messageId);
    }

    @Override
    public int messageId() {
        return messageId;
    }

    @Override
    public SaRequest request() {
        return request;
    }

    @Override
    public boolean finished() {
        return node.finished();
    }

    private void start() {
        sa.exchanges.add(this);
        core.log.sa(sa, "beginning Quick Mode exchange, M-ID of " + messageId);
        spiIn = core.allocateSpi();
        core.log.sa(sa, "QM Initiator gets spi");
        nonceI = core.random.bytes(Phase1Negotiation.NONCE_LENGTH);
        ProxyIdentity proxy = request.proxy();
        List<Payload> payloads = new ArrayList<>();
        payloads.add(QuickModeSupport.offer(request.entry(), spiIn, sa));
        payloads.add(new Payload.Nonce(nonceI));
        if (request.entry().pfsGroup() != 0) {
            dh = QuickModeSupport.pfsKeyPair(core, request.entry().pfsGroup());
            payloads.add(new Payload.KeyExchange(dh.publicValue()));
        }
        payloads.add(QuickModeSupport.identity(proxy.srcNet(), proxy.srcMask(), proxy.protocol()));
        payloads.add(QuickModeSupport.identity(proxy.dstNet(), proxy.dstMask(), proxy.protocol()));
        byte[] qm1 = node.sealBehindHash(payloads, rest -> sa.crypto.hash1(sa.keys.skeyidA(), messageId, rest));
        node.sendUntilAnsweredCountingErrors(qm1);
        core.log.node(sa, messageId, "IKE_MESG_INTERNAL, IKE_INIT_QM", "IKE_QM_READY", "IKE_QM_I_QM1");
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (node.isDuplicate(datagram)) {
            node.resendForDuplicate("QM2");
            return;
        }
        node.dropIfFinished();
        MessageCrypto.Opened opened = node.open(h, datagram, rest -> sa.crypto.hash2(sa.keys.skeyidA(), messageId, nonceI, rest));
        PayloadChain chain = opened.chain();
        Payload.Sa saPayload = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("QM2 without SA payload, dropped"));
        Payload.Nonce nonceR = chain.first(Payload.Nonce.class).orElseThrow(() -> new DropPacket("QM2 without NONCE payload, dropped"));
        node.accept(datagram, opened);
        node.logProcessing("HASH");
        node.logProcessing("SA");
        QuickModeSupport.Match match = QuickModeSupport.choose(core, sa, saPayload, request.entry().transformSets(), request.entry().pfsGroup()).orElse(null);
        node.logProcessing("NONCE");
        byte[] pfsSecret = null;
        if (dh != null) {
            pfsSecret = QuickModeSupport.pfsSecret(dh, chain);
            if (pfsSecret == null) {
                match = null;
            }
        }
        for (int i = 0; i < chain.all(Payload.Identification.class).size(); i++) {
            node.logProcessing("ID");
        }
        if (match == null) {
            core.log.sa(sa, "IPSec policy invalidated proposal with error 256");
            node.delete("QM rejected");
            return;
        }
        match = honourResponderLifetime(chain, match);
        int spiOut = Bytes.u32(match.proposal().spi(), 0);
        node.send(node.seal(List.of(new Payload.Hash(sa.crypto.hash3(sa.keys.skeyidA(), messageId, nonceI, nonceR.data())))));
        IpsecSaState installed = core.installIpsec(sa, request.entry(), request.proxy(), match, spiIn, spiOut, nonceI, nonceR.data(), pfsSecret);
        core.scheduleRekey(installed, request);
        node.complete("No Error", "IKE_QM_I_QM1");
    }

    /**
     * A RESPONDER-LIFETIME notification in QM2 (RFC 2407 4.6.3.1; IOS and strongSwan send it when their lifetime is
     * shorter) lowers the lifetimes we install; one that would lengthen them is ignored.
     */
    private QuickModeSupport.Match honourResponderLifetime(PayloadChain chain, QuickModeSupport.Match match) {
        QuickModeSupport.Match adopted = match;
        for (Payload.Notify n : chain.all(Payload.Notify.class)) {
            java.util.Optional<ResponderLifetime> lifetime = ResponderLifetime.of(n);
            if (lifetime.isEmpty() || n.protocolId() != org.iosemu.ike.codec.Proposal.PROTO_ESP) {
                continue;
            }
            core.log.sa(sa, " processing NOTIFY RESPONDER_LIFETIME protocol " + n.protocolId(), "        spi "
                    + (n.spi().length == 4 ? Integer.toUnsignedString(Bytes.u32(n.spi(), 0)) : "0") + ", message ID = "
                    + messageId + ", sa = " + core.log.saStruct(sa));
            core.log.sa(sa, " processing responder lifetime");
            long seconds = lifetime.get().seconds().orElse(adopted.lifetimeSeconds());
            long kilobytes = lifetime.get().kilobytes().orElse(adopted.lifetimeKb());
            lifetime.get().seconds().ifPresent(v -> core.log.sa(sa, "responder lifetime of " + v + "s"));
            lifetime.get().kilobytes().ifPresent(v -> core.log.sa(sa, "responder lifetime of " + v + "kb"));
            adopted = new QuickModeSupport.Match(adopted.proposal(), adopted.transform(), adopted.transformSet(), adopted.pfsGroup(),
                    Math.min(adopted.lifetimeSeconds(), seconds), Math.min(adopted.lifetimeKb(), kilobytes), adopted.udpEncapsulated());
        }
        return adopted;
    }

    @Override
    public void abort() {
        node.end();
    }

    /**
     * The peer answered PROPOSAL_NOT_CHOSEN: IOS drops the larval SA at once instead of retransmitting QM1 into
     * the refusal (IOS-XE capture in the reference, both sides).
     */
    void rejectedByPeer() {
        if (node.finished()) {
            return;
        }
        core.log.sa(sa, "deleting spi " + Integer.toUnsignedString(spiIn) + " message ID = " + messageId);
        node.delete("Delete Larval");
    }
}
