package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.crypto.Bytes;

/** Main Mode as initiator: MM1 → (MM2) → MM3 → (MM4) → MM5 → (MM6). */
final class MainModeInitiator implements Phase1Exchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final Phase1Steps steps;

    MainModeInitiator(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
        this.steps = new Phase1Steps(core, sa);
    }

    void start() {
        core.log.sa(sa, " beginning Main Mode exchange");
        Payload.Sa offer = Phase1Negotiation.offer(core.config.policies());
        sa.saiBody = Phase1Steps.bodyOf(offer);
        List<Payload> payloads = new ArrayList<>();
        payloads.add(offer);
        payloads.addAll(Phase1Negotiation.vendorIds(core));
        steps.sendPlain(payloads);
        core.log.transition(sa, "IKE_MESG_FROM_IPSEC, IKE_SA_REQ_MM", "IKE_I_MM1");
    }

    @Override
    public boolean answersDuplicates() {
        return false;
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        switch (sa.fsm) {
            case "IKE_I_MM1" -> onMm2(h, steps.decodePlain(h, datagram));
            case "IKE_I_MM3" -> onMm4(steps.decodePlain(h, datagram));
            case "IKE_I_MM5" -> onMm6(steps.authenticatePeer(h, datagram, "MM6"));
            default -> throw new DropPacket("unexpected main mode packet in state " + sa.fsm + ", dropped");
        }
    }

    private void onMm2(IsakmpHeader h, PayloadChain chain) throws DropPacket {
        Payload.Sa saPayload = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("MM2 without SA payload, dropped"));
        if (saPayload.proposals().size() != 1 || saPayload.proposals().get(0).transforms().size() != 1) {
            throw new DropPacket("responder must choose exactly one transform, dropped");
        }
        if (h.responderCookie().length != 8 || Bytes.same(h.responderCookie(), new byte[8])) {
            throw new DropPacket("MM2 without responder cookie, dropped");
        }
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_I_MM2");
        core.log.sa(sa, " processing SA payload. message ID = 0");
        Phase1Negotiation.Choice choice = Phase1Negotiation.choose(core, sa, saPayload, core.config.policies())
                .orElseThrow(() -> new DropPacket("peer chose a transform we did not offer, dropped"));
        sa.ckyR = h.responderCookie().clone();
        Phase1Negotiation.applyChoice(sa, choice);
        Phase1Negotiation.processVendorIds(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", "IKE_I_MM2");
        sa.dh = Phase1Negotiation.newDh(core, sa);
        sa.gxi = sa.dh.publicValue();
        sa.nonceI = core.random.bytes(Phase1Negotiation.NONCE_LENGTH);
        sa.mmState = "MM_SA_SETUP";
        steps.sendPlain(steps.keyExchangePayloads(sa.gxi, sa.nonceI));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_I_MM3");
    }

    private void onMm4(PayloadChain chain) throws DropPacket {
        Phase1Steps.PeerKeyExchange peer = steps.peerKeyExchange(chain);
        byte[] gxy = steps.sharedSecret(peer.publicValue());
        sa.gxr = peer.publicValue();
        sa.nonceR = peer.nonce();
        steps.completeKeyExchange(chain, gxy, "IKE_I_MM4");
        NatDiscovery.floatPorts(core, sa);
        List<Payload> payloads = new ArrayList<>(steps.ownAuthentication());
        steps.addInitialContactIfFirst(payloads);
        core.log.sa(sa, "SA is doing pre-shared key authentication using id type ID_IPV4_ADDR");
        sa.mmState = "MM_KEY_EXCH";
        core.sendPhase1(sa, MessageCrypto.seal(sa, steps.header(), payloads));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_I_MM5");
    }

    private void onMm6(PayloadChain chain) {
        sa.lastPhase1Block = sa.phase1Iv;
        core.log.sa(sa, " processing ID payload. message ID = 0");
        core.log.sa(sa, " processing HASH payload. message ID = 0");
        steps.peerAuthenticated(chain);
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_I_MM6");
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_P1_COMPLETE");
        core.phase1Complete(sa);
    }
}
