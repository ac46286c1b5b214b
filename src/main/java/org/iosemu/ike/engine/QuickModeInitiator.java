package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.DhGroup;
import org.iosemu.ike.crypto.DhKeyPair;

/** Quick Mode as initiator: QM1 → (QM2) → QM3, installing the SA pair when QM2 authenticates. */
final class QuickModeInitiator implements QuickModeExchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final SaRequest request;
    private final Retransmitter retransmitter;
    private int messageId;
    private int spiIn;
    private byte[] nonceI;
    private DhKeyPair dh;
    private boolean finished;

    QuickModeInitiator(EngineCore core, Phase1Sa sa, SaRequest request) {
        this.core = core;
        this.sa = sa;
        this.request = request;
        this.retransmitter = new Retransmitter(core.timers);
    }

    @Override
    public SaRequest request() {
        return request;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    void start() {
        messageId = core.newMessageId(sa);
        sa.quickModes.put(messageId, this);
        core.log.sa(sa, "beginning Quick Mode exchange, M-ID of " + messageId);
        spiIn = core.allocateSpi();
        core.log.sa(sa, "QM Initiator gets spi");
        nonceI = core.random.bytes(MainModeSupport.NONCE_LENGTH);
        ProxyIdentity proxy = request.proxy();
        List<Payload> rest = new ArrayList<>();
        rest.add(QuickModeSupport.offer(request.entry(), spiIn, sa));
        rest.add(new Payload.Nonce(nonceI));
        if (request.entry().pfsGroup() != 0) {
            DhGroup g = DhGroup.of(request.entry().pfsGroup());
            dh = DhKeyPair.generate(g, core.random.bytes(g.length()));
            rest.add(new Payload.KeyExchange(dh.publicValue()));
        }
        rest.add(QuickModeSupport.identity(proxy.srcNet(), proxy.srcMask(), proxy.protocol()));
        rest.add(QuickModeSupport.identity(proxy.dstNet(), proxy.dstMask(), proxy.protocol()));
        byte[] hash = sa.crypto.hash1(sa.keys.skeyidA(), messageId, IsakmpCodec.encodePayloads(rest));
        List<Payload> all = new ArrayList<>();
        all.add(new Payload.Hash(hash));
        all.addAll(rest);
        byte[] qm1 = MessageCrypto.seal(sa, header(), all);
        send(qm1);
        retransmitter.arm(() -> {
            core.log.sa(sa, " retransmitting phase 2 QM_IDLE       " + messageId + " ...");
            core.log.sa(sa, "incrementing error counter on node, attempt " + retransmitter.attempts() + " of " + Retransmitter.MAX_RETRIES + ": retransmit phase 2");
            send(retransmitter.lastSent);
        }, () -> {
            core.log.sa(sa, "deleting node " + messageId + " error TRUE reason \"Death by retransmission P2\"");
            abort();
        });
        core.log.node(sa, messageId, "IKE_MESG_INTERNAL, IKE_INIT_QM", "IKE_QM_READY", "IKE_QM_I_QM1");
    }

    private IsakmpHeader header() {
        return new IsakmpHeader(sa.ckyI, sa.ckyR, 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.QUICK_MODE, 0, messageId, 0);
    }

    private void send(byte[] message) {
        retransmitter.lastSent = message;
        core.sendRaw(sa, message);
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (Arrays.equals(datagram, retransmitter.lastReceived)) {
            core.log.sa(sa, " retransmitting phase 2 QM_IDLE       " + messageId + " (duplicate of QM2)");
            send(retransmitter.lastSent);
            return;
        }
        if (finished) {
            throw new DropPacket("quick mode packet for finished node " + messageId + " (replay?), dropped");
        }
        MessageCrypto.Opened opened = MessageCrypto.open(sa, h, datagram);
        PayloadChain chain = opened.chain();
        if (chain.payloads().isEmpty() || !(chain.payloads().get(0) instanceof Payload.Hash hash)) {
            throw new DropPacket("quick mode packet without leading HASH payload, dropped");
        }
        if (!Bytes.same(hash.data(), sa.crypto.hash2(sa.keys.skeyidA(), messageId, nonceI, chain.rawFrom(1)))) {
            throw new DropPacket("hash of quick mode message " + messageId + " from " + sa.remote.ip() + " failed verification, dropped");
        }
        Payload.Sa saPayload = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("QM2 without SA payload, dropped"));
        Payload.Nonce nonceR = chain.first(Payload.Nonce.class).orElseThrow(() -> new DropPacket("QM2 without NONCE payload, dropped"));
        MessageCrypto.commit(sa, messageId, opened.nextIv());
        retransmitter.cancel();
        retransmitter.lastReceived = datagram;
        core.heard(sa);
        core.log.sa(sa, " processing HASH payload. message ID = " + messageId);
        core.log.sa(sa, " processing SA payload. message ID = " + messageId);
        QuickModeSupport.Match match = QuickModeSupport.choose(core, sa, saPayload, request.entry().transformSets(), request.entry().pfsGroup()).orElse(null);
        core.log.sa(sa, " processing NONCE payload. message ID = " + messageId);
        byte[] pfsSecret = null;
        if (dh != null) {
            Payload.KeyExchange ke = chain.first(Payload.KeyExchange.class).orElse(null);
            pfsSecret = ke == null ? null : dh.sharedSecret(ke.data()).orElse(null);
            if (pfsSecret == null) {
                match = null;
            }
        }
        for (int i = 0; i < chain.all(Payload.Identification.class).size(); i++) {
            core.log.sa(sa, " processing ID payload. message ID = " + messageId);
        }
        if (match == null) {
            core.log.sa(sa, "IPSec policy invalidated proposal with error 256");
            core.log.sa(sa, "deleting node " + messageId + " error TRUE reason \"QM rejected\"");
            abort();
            return;
        }
        int spiOut = Bytes.u32(match.proposal().spi(), 0);
        byte[] qm3 = MessageCrypto.seal(sa, header(), List.of(new Payload.Hash(sa.crypto.hash3(sa.keys.skeyidA(), messageId, nonceI, nonceR.data()))));
        send(qm3);
        IpsecSaState installed = core.installIpsec(sa, request.entry(), request.proxy(), match, spiIn, spiOut, nonceI, nonceR.data(), pfsSecret);
        core.scheduleRekey(installed, request);
        core.log.sa(sa, "deleting node " + messageId + " error FALSE reason \"No Error\"");
        core.log.node(sa, messageId, "IKE_MESG_FROM_PEER, IKE_QM_EXCH", "IKE_QM_I_QM1", "IKE_QM_PHASE2_COMPLETE");
        finished = true;
        sa.seenMessageIds.add(messageId);
    }

    @Override
    public void abort() {
        retransmitter.cancel();
        finished = true;
        sa.seenMessageIds.add(messageId);
    }
}
