package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.ResponderLifetime;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.DhKeyPair;

/** Quick Mode as responder: (QM1) → QM2 → (QM3), installing the SA pair when QM3 authenticates. */
final class QuickModeResponder implements QuickModeExchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final int messageId;
    private final QuickModeNode node;
    private byte[] nonceI;
    private byte[] nonceR;
    private byte[] pfsSecret;
    private int spiIn;
    private int spiOut;
    private ChildPolicy entry;
    private ProxyIdentity localView;
    private QuickModeSupport.Match match;

    private QuickModeResponder(EngineCore core, Phase1Sa sa, int messageId) {
        this.core = core;
        this.sa = sa;
        this.messageId = messageId;
        this.node = new QuickModeNode(core, sa, messageId);
    }

    /** Handles QM1; the exchange is registered in the SA only if QM1 authenticates. */
    static void onFirstMessage(EngineCore core, Phase1Sa sa, IsakmpHeader h, byte[] datagram) throws DropPacket {
        QuickModeResponder qm = new QuickModeResponder(core, sa, h.messageId());
        qm.onQm1(h, datagram);
    }

    @Override
    public int messageId() {
        return messageId;
    }

    @Override
    public SaRequest request() {
        return null;
    }

    @Override
    public boolean finished() {
        return node.finished();
    }

    private void onQm1(IsakmpHeader h, byte[] datagram) throws DropPacket {
        MessageCrypto.Opened opened = node.open(h, datagram, rest -> sa.crypto.hash1(sa.keys.skeyidA(), messageId, rest));
        PayloadChain chain = opened.chain();
        Payload.Sa offered = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("QM1 without SA payload, dropped"));
        Payload.Nonce ni = chain.first(Payload.Nonce.class).orElseThrow(() -> new DropPacket("QM1 without NONCE payload, dropped"));
        List<Payload.Identification> ids = chain.all(Payload.Identification.class);
        if (ids.size() != 0 && ids.size() != 2) {
            throw new DropPacket("QM1 with " + ids.size() + " ID payloads, dropped");
        }
        node.accept(datagram, opened);
        sa.exchanges.add(this);
        nonceI = ni.data();
        core.log.global("set new node " + messageId + " to " + DebugLog.pad("QM_IDLE"));
        node.logProcessing("HASH");
        node.logProcessing("SA");

        Ipv4[] remoteSide = ids.isEmpty() ? new Ipv4[] {sa.remote.ip(), new Ipv4(-1)} : QuickModeSupport.subnet(ids.get(0)).orElse(null);
        Ipv4[] localSide = ids.isEmpty() ? new Ipv4[] {sa.local.ip(), new Ipv4(-1)} : QuickModeSupport.subnet(ids.get(1)).orElse(null);
        int protocol = ids.isEmpty() ? 0 : ids.get(0).protocol();
        entry = (remoteSide == null || localSide == null) ? null : core.responderEntry(sa, localSide, remoteSide, protocol);
        List<String> unsupported = new ArrayList<>();
        if (entry != null) {
            match = QuickModeSupport.choose(core, sa, offered, entry.transformSets(), entry.pfsGroup(), unsupported).orElse(null);
        }
        node.logProcessing("NONCE");
        for (int i = 0; i < ids.size(); i++) {
            node.logProcessing("ID");
        }
        DhKeyPair dh = null;
        if (match != null && match.pfsGroup() != 0) {
            try {
                dh = QuickModeSupport.pfsKeyPair(core, match.pfsGroup());
                pfsSecret = QuickModeSupport.pfsSecret(dh, chain);
            } catch (IllegalArgumentException unsupportedGroup) {
                pfsSecret = null;
            }
            if (pfsSecret == null) {
                match = null;
            }
        }
        if (match == null) {
            if (entry != null && !unsupported.isEmpty()) {
                // error 256: the transform (IOS 15.x responder sample); 32: the proxy identities or PFS
                core.log.ipsec("ipsec_process_proposal", "transform proposal not supported for identity: ",
                        "    {" + unsupported.get(0) + " }");
                core.log.sa(sa, " IPSec policy invalidated proposal with error 256");
            } else {
                core.log.sa(sa, " IPSec policy invalidated proposal with error 32");
            }
            core.log.sa(sa, " phase 2 SA policy not acceptable! (local " + sa.local.ip() + " remote " + sa.remote.ip() + ")");
            core.informational.sendNotify(sa, Proposal.PROTO_ESP, NotifyType.NO_PROPOSAL_CHOSEN, new byte[0]);
            node.delete("QM rejected");
            return;
        }
        localView = QuickModeSupport.proxy(localSide, remoteSide, protocol);
        spiOut = Bytes.u32(match.proposal().spi(), 0);
        spiIn = core.allocateSpi();
        core.log.sa(sa, "QM Responder gets spi");
        core.log.node(sa, messageId, "IKE_MESG_FROM_PEER, IKE_QM_EXCH", "IKE_QM_READY", "IKE_QM_SPI_STARVE");
        core.log.node(sa, messageId, "IKE_MESG_INTERNAL, IKE_GOT_SPI", "IKE_QM_SPI_STARVE", "IKE_QM_IPSEC_INSTALL_AWAIT");
        nonceR = core.random.bytes(Phase1Negotiation.NONCE_LENGTH);
        List<Payload> payloads = new ArrayList<>();
        payloads.add(new Payload.Sa(offered.doi(), offered.situation(), List.of(new Proposal(match.proposal().number(), Proposal.PROTO_ESP, Bytes.u32(spiIn), List.of(match.transform())))));
        payloads.add(new Payload.Nonce(nonceR));
        if (dh != null) {
            payloads.add(new Payload.KeyExchange(dh.publicValue()));
        }
        payloads.addAll(ids);
        responderLifetime().ifPresent(payloads::add);
        node.sendUntilAnswered(node.sealBehindHash(payloads, rest -> sa.crypto.hash2(sa.keys.skeyidA(), messageId, nonceI, rest)));
        core.log.node(sa, messageId, "IKE_MESG_FROM_IPSEC, IPSEC_INSTALL_DONE", "IKE_QM_IPSEC_INSTALL_AWAIT", "IKE_QM_R_QM2");
    }

    /**
     * RESPONDER-LIFETIME (RFC 2407 4.6.3.1) when our IPsec SA lifetime is shorter than the initiator proposed, as IOS
     * sends it: the lifetimes we install, so the initiator's SA does not outlive ours.
     */
    private java.util.Optional<Payload.Notify> responderLifetime() {
        long seconds = Math.min(entry.lifetimeSeconds(), match.lifetimeSeconds());
        long kilobytes = Math.min(entry.lifetimeKilobytes(), match.lifetimeKb());
        if (seconds == match.lifetimeSeconds() && kilobytes == match.lifetimeKb()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ResponderLifetime(java.util.OptionalLong.of(seconds), java.util.OptionalLong.of(kilobytes))
                .toNotify(Proposal.PROTO_ESP, Bytes.u32(spiIn)));
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (node.isDuplicate(datagram)) {
            if (node.hasSent() && !node.finished()) {
                node.resendForDuplicate("QM1");
            }
            return;
        }
        node.dropIfFinished();
        MessageCrypto.Opened opened = node.open(h, datagram, rest -> sa.crypto.hash3(sa.keys.skeyidA(), messageId, nonceI, nonceR));
        node.accept(datagram, opened);
        core.installIpsec(sa, entry, localView, match, spiIn, spiOut, nonceI, nonceR, pfsSecret);
        node.complete("QM done (await)", "IKE_QM_R_QM2");
    }

    @Override
    public void abort() {
        node.end();
    }
}
