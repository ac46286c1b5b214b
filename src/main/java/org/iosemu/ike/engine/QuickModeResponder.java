package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.config.CryptoMapEntry;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.DhGroup;
import org.iosemu.ike.crypto.DhKeyPair;

/** Quick Mode as responder: (QM1) → QM2 → (QM3), installing the SA pair when QM3 authenticates. */
final class QuickModeResponder implements QuickModeExchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final int messageId;
    private final Retransmitter retransmitter;
    private boolean finished;
    private byte[] nonceI;
    private byte[] nonceR;
    private byte[] pfsSecret;
    private int spiIn;
    private int spiOut;
    private CryptoMapEntry entry;
    private ProxyIdentity localView;
    private QuickModeSupport.Match match;

    private QuickModeResponder(EngineCore core, Phase1Sa sa, int messageId) {
        this.core = core;
        this.sa = sa;
        this.messageId = messageId;
        this.retransmitter = new Retransmitter(core.timers);
    }

    /** Handles QM1; the exchange is registered in the SA only if QM1 authenticates. */
    static void onFirstMessage(EngineCore core, Phase1Sa sa, IsakmpHeader h, byte[] datagram) throws DropPacket {
        QuickModeResponder qm = new QuickModeResponder(core, sa, h.messageId());
        qm.onQm1(h, datagram);
    }

    @Override
    public SaRequest request() {
        return null;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    private IsakmpHeader header() {
        return new IsakmpHeader(sa.ckyI, sa.ckyR, 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.QUICK_MODE, 0, messageId, 0);
    }

    private void onQm1(IsakmpHeader h, byte[] datagram) throws DropPacket {
        MessageCrypto.Opened opened = MessageCrypto.open(sa, h, datagram);
        PayloadChain chain = opened.chain();
        if (chain.payloads().isEmpty() || !(chain.payloads().get(0) instanceof Payload.Hash hash)) {
            throw new DropPacket("quick mode packet without leading HASH payload, dropped");
        }
        if (!Bytes.same(hash.data(), sa.crypto.hash1(sa.keys.skeyidA(), messageId, chain.rawFrom(1)))) {
            throw new DropPacket("hash of quick mode message " + messageId + " from " + sa.remote.ip() + " failed verification, dropped");
        }
        Payload.Sa offered = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("QM1 without SA payload, dropped"));
        Payload.Nonce ni = chain.first(Payload.Nonce.class).orElseThrow(() -> new DropPacket("QM1 without NONCE payload, dropped"));
        List<Payload.Identification> ids = chain.all(Payload.Identification.class);
        if (ids.size() != 0 && ids.size() != 2) {
            throw new DropPacket("QM1 with " + ids.size() + " ID payloads, dropped");
        }
        MessageCrypto.commit(sa, messageId, opened.nextIv());
        sa.quickModes.put(messageId, this);
        retransmitter.lastReceived = datagram;
        core.heard(sa);
        nonceI = ni.data();
        core.log.global("set new node " + messageId + " to " + DebugLog.pad("QM_IDLE"));
        core.log.sa(sa, " processing HASH payload. message ID = " + messageId);
        core.log.sa(sa, " processing SA payload. message ID = " + messageId);

        Ipv4[] remoteSide = ids.isEmpty() ? new Ipv4[] {sa.remote.ip(), new Ipv4(-1)} : QuickModeSupport.subnet(ids.get(0)).orElse(null);
        Ipv4[] localSide = ids.isEmpty() ? new Ipv4[] {sa.local.ip(), new Ipv4(-1)} : QuickModeSupport.subnet(ids.get(1)).orElse(null);
        int protocol = ids.isEmpty() ? 0 : ids.get(0).protocol();
        entry = (remoteSide == null || localSide == null) ? null : core.responderEntry(sa, localSide, remoteSide, protocol);
        if (entry != null) {
            match = QuickModeSupport.choose(core, sa, offered, entry.transformSets(), entry.pfsGroup()).orElse(null);
        }
        core.log.sa(sa, " processing NONCE payload. message ID = " + messageId);
        for (int i = 0; i < ids.size(); i++) {
            core.log.sa(sa, " processing ID payload. message ID = " + messageId);
        }
        Payload.KeyExchange ke = chain.first(Payload.KeyExchange.class).orElse(null);
        DhKeyPair dh = null;
        if (match != null && match.pfsGroup() != 0) {
            try {
                dh = DhKeyPair.generate(DhGroup.of(match.pfsGroup()), core.random.bytes(DhGroup.of(match.pfsGroup()).length()));
                pfsSecret = ke == null ? null : dh.sharedSecret(ke.data()).orElse(null);
            } catch (IllegalArgumentException unsupportedGroup) {
                pfsSecret = null;
            }
            if (pfsSecret == null) {
                match = null;
            }
        }
        if (match == null) {
            core.log.sa(sa, "IPSec policy invalidated proposal with error 32");
            core.log.sa(sa, "phase 2 SA policy not acceptable! (local " + sa.local.ip() + " remote " + sa.remote.ip() + ")");
            core.informational.sendNotify(sa, Proposal.PROTO_ESP, NotifyType.NO_PROPOSAL_CHOSEN, new byte[0]);
            core.log.sa(sa, "deleting node " + messageId + " error TRUE reason \"QM rejected\"");
            abort();
            return;
        }
        localView = QuickModeSupport.proxy(localSide, remoteSide, protocol);
        spiOut = Bytes.u32(match.proposal().spi(), 0);
        spiIn = core.allocateSpi();
        core.log.sa(sa, "QM Responder gets spi");
        core.log.node(sa, messageId, "IKE_MESG_FROM_PEER, IKE_QM_EXCH", "IKE_QM_READY", "IKE_QM_SPI_STARVE");
        core.log.node(sa, messageId, "IKE_MESG_INTERNAL, IKE_GOT_SPI", "IKE_QM_SPI_STARVE", "IKE_QM_IPSEC_INSTALL_AWAIT");
        nonceR = core.random.bytes(MainModeSupport.NONCE_LENGTH);
        List<Payload> rest = new ArrayList<>();
        rest.add(new Payload.Sa(offered.doi(), offered.situation(), List.of(new Proposal(match.proposal().number(), Proposal.PROTO_ESP, Bytes.u32(spiIn), List.of(match.transform())))));
        rest.add(new Payload.Nonce(nonceR));
        if (dh != null) {
            rest.add(new Payload.KeyExchange(dh.publicValue()));
        }
        rest.addAll(ids);
        byte[] hash2 = sa.crypto.hash2(sa.keys.skeyidA(), messageId, nonceI, IsakmpCodec.encodePayloads(rest));
        List<Payload> all = new ArrayList<>();
        all.add(new Payload.Hash(hash2));
        all.addAll(rest);
        retransmitter.lastSent = MessageCrypto.seal(sa, header(), all);
        core.sendRaw(sa, retransmitter.lastSent);
        retransmitter.arm(() -> {
            core.log.sa(sa, " retransmitting phase 2 QM_IDLE       " + messageId + " ...");
            core.sendRaw(sa, retransmitter.lastSent);
        }, () -> {
            core.log.sa(sa, "deleting node " + messageId + " error TRUE reason \"Death by retransmission P2\"");
            abort();
        });
        core.log.node(sa, messageId, "IKE_MESG_FROM_IPSEC, IPSEC_INSTALL_DONE", "IKE_QM_IPSEC_INSTALL_AWAIT", "IKE_QM_R_QM2");
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (Arrays.equals(datagram, retransmitter.lastReceived)) {
            if (retransmitter.lastSent != null && !finished) {
                core.log.sa(sa, " retransmitting phase 2 QM_IDLE       " + messageId + " (duplicate of QM1)");
                core.sendRaw(sa, retransmitter.lastSent);
            }
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
        if (!Bytes.same(hash.data(), sa.crypto.hash3(sa.keys.skeyidA(), messageId, nonceI, nonceR))) {
            throw new DropPacket("hash of quick mode message " + messageId + " from " + sa.remote.ip() + " failed verification, dropped");
        }
        MessageCrypto.commit(sa, messageId, opened.nextIv());
        retransmitter.cancel();
        retransmitter.lastReceived = datagram;
        core.heard(sa);
        core.installIpsec(sa, entry, localView, match, spiIn, spiOut, nonceI, nonceR, pfsSecret);
        core.log.sa(sa, "deleting node " + messageId + " error FALSE reason \"QM done (await)\"");
        core.log.node(sa, messageId, "IKE_MESG_FROM_PEER, IKE_QM_EXCH", "IKE_QM_R_QM2", "IKE_QM_PHASE2_COMPLETE");
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
