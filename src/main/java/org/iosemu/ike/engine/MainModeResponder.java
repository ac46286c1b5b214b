package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.Transform;
import org.iosemu.ike.config.PeerProfile;

/** Main Mode as responder: (MM1) → MM2 → (MM3) → MM4 → (MM5) → MM6. */
final class MainModeResponder implements Phase1Exchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final Phase1Steps steps;

    MainModeResponder(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
        this.steps = new Phase1Steps(core, sa);
    }

    @Override
    public boolean answersDuplicates() {
        return true;
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        switch (sa.fsm) {
            case "IKE_READY" -> onMm1(steps.decodePlain(h, datagram));
            case "IKE_R_MM2" -> onMm3(steps.decodePlain(h, datagram));
            case "IKE_R_MM4" -> onMm5(steps.authenticatePeer(h, datagram, "MM5"));
            default -> throw new DropPacket("unexpected main mode packet in state " + sa.fsm + ", dropped");
        }
    }

    /** Validates MM1 completely before the caller keeps the new SA; a failure leaves no state behind. */
    private void onMm1(PayloadChain chain) throws DropPacket {
        Payload.Sa offered = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("MM1 without SA payload, dropped"));
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_R_MM1");
        core.log.sa(sa, " processing SA payload. message ID = 0");
        // Main Mode hides the identity until MM5, but the key must be known for MM3/MM4: the address picks the profile
        PeerProfile profile = core.profiles.forAddress(sa.remote.ip()).orElse(null);
        Phase1Negotiation.Choice choice = steps.acceptOffer(profile, offered, "Main");
        sa.saiBody = chain.body(offered);
        Phase1Negotiation.applyChoice(sa, choice);
        Phase1Negotiation.processVendorIds(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", "IKE_R_MM1");
        sa.ckyR = core.newCookie();
        // Echo the accepted transform with the negotiated (shorter) lifetime so both ends expire together.
        Transform accepted = Phase1Negotiation.withLifetime(choice.transform(), choice.lifetimeSeconds());
        Proposal chosen = new Proposal(offered.proposals().get(0).number(), Proposal.PROTO_ISAKMP, new byte[0], List.of(accepted));
        List<Payload> payloads = new ArrayList<>();
        payloads.add(new Payload.Sa(offered.doi(), offered.situation(), List.of(chosen)));
        payloads.addAll(Phase1Negotiation.answerVendorIds(sa));
        sa.mmState = "MM_SA_SETUP";
        steps.sendPlain(payloads);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_R_MM2");
    }

    private void onMm3(PayloadChain chain) throws DropPacket {
        Phase1Steps.PeerKeyExchange peer = steps.peerKeyExchange(chain);
        if (sa.dh == null) {
            sa.dh = Phase1Negotiation.newDh(core, sa);
        }
        byte[] gxy = steps.sharedSecret(peer.publicValue());
        sa.gxi = peer.publicValue();
        sa.gxr = sa.dh.publicValue();
        sa.nonceI = peer.nonce();
        sa.nonceR = core.random.bytes(Phase1Negotiation.NONCE_LENGTH);
        steps.completeKeyExchange(chain, gxy, "IKE_R_MM3");
        sa.mmState = "MM_KEY_EXCH";
        steps.sendPlain(steps.keyExchangePayloads(sa.gxr, sa.nonceR));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_R_MM4");
    }

    private void onMm5(PayloadChain chain) {
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_R_MM5");
        core.log.sa(sa, " processing ID payload. message ID = 0");
        core.log.sa(sa, " processing HASH payload. message ID = 0");
        boolean initialContact = steps.processNotifies(chain);
        steps.peerAuthenticated(chain);
        if (initialContact) {
            steps.initialContact();
        }
        core.log.sa(sa, "SA is doing pre-shared key authentication using id type ID_IPV4_ADDR");
        byte[] mm6 = MessageCrypto.seal(sa, steps.header(), steps.ownAuthentication());
        sa.lastPhase1Block = sa.phase1Iv;
        core.sendPhase1(sa, mm6);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_P1_COMPLETE");
        core.phase1Complete(sa);
    }
}
