package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.Transform;
import org.iosemu.ike.config.PeerIdentity;
import org.iosemu.ike.config.PeerProfile;

/**
 * Aggressive Mode as responder (RFC 2409 5.4, pre-shared key): (AM1) → AM2 (SA, KE, Nr, IDir, HASH_R, VIDs, NAT-D)
 * → (AM3). The identity in AM1 picks the profile, and so the key: a group name (ID_KEY_ID) or host name must be
 * named by a profile; with an address identity the source address picks it, as in Main Mode. AM2 is resent until AM3 arrives; AM3 is taken encrypted
 * or, as strongSwan does, in the clear.
 */
final class AggressiveModeResponder implements Phase1Exchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final Phase1Steps steps;
    private byte[] peerIdBody;

    AggressiveModeResponder(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
        this.steps = new Phase1Steps(core, sa);
    }

    @Override
    public boolean answersDuplicates() {
        // a copy of AM1 means our AM2 was lost; a copy of AM3 asks for nothing (answering it would ping-pong with
        // the initiator, which answers a copy of AM2 with AM3)
        return !sa.established;
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        switch (sa.fsm) {
            case "IKE_READY" -> onAm1(steps.decodePlain(h, datagram));
            case "IKE_R_AM2" -> onAm3(h, datagram);
            default -> throw new DropPacket("unexpected aggressive mode packet in state " + sa.fsm + ", dropped");
        }
    }

    /** Validates AM1 completely before the caller keeps the new SA; a failure leaves no state behind. */
    private void onAm1(PayloadChain chain) throws DropPacket {
        Payload.Sa offered = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("AM1 without SA payload, dropped"));
        Payload.Identification id = chain.first(Payload.Identification.class).orElseThrow(() -> new DropPacket("AM1 without ID payload, dropped"));
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_AM_EXCH", "IKE_R_AM1");
        core.log.sa(sa, " processing SA payload. message ID = 0");
        core.log.sa(sa, " processing ID payload. message ID = 0");
        PeerIdentity identity = Phase1Steps.identityOf(id);
        // a name must be one a profile knows; an address identity goes by the address the packet came from, as Main Mode
        PeerProfile profile = identity == null ? null
                : identity instanceof PeerIdentity.Address ? core.profiles.forAddress(sa.remote.ip()).orElse(null)
                : core.profiles.forIdentity(identity).orElse(null);
        Phase1Negotiation.Choice choice = steps.acceptOffer(profile, offered, "Aggressive");
        sa.peerIdentity = identity;
        sa.saiBody = chain.body(offered);
        Phase1Negotiation.applyChoice(sa, choice);
        Phase1Steps.PeerKeyExchange peer = steps.peerKeyExchange(chain);
        sa.dh = Phase1Negotiation.newDh(core, sa);
        byte[] gxy = steps.sharedSecret(peer.publicValue());
        Phase1Negotiation.processVendorIds(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_AGGRESSIVE_MODE", "IKE_R_AM1");
        sa.ckyR = core.newCookie();
        sa.gxi = peer.publicValue();
        sa.gxr = sa.dh.publicValue();
        sa.nonceI = peer.nonce();
        sa.nonceR = core.random.bytes(Phase1Negotiation.NONCE_LENGTH);
        core.log.sa(sa, " processing KE payload. message ID = 0");
        core.log.sa(sa, " processing NONCE payload. message ID = 0");
        steps.deriveKeys(gxy);
        peerIdBody = chain.body(id);
        Transform accepted = Phase1Negotiation.withLifetime(choice.transform(), choice.lifetimeSeconds());
        Proposal chosen = new Proposal(offered.proposals().get(0).number(), Proposal.PROTO_ISAKMP, new byte[0], List.of(accepted));
        Payload.Identification ownId = steps.ownIdentification();
        List<Payload> payloads = new ArrayList<>();
        payloads.add(new Payload.Sa(offered.doi(), offered.situation(), List.of(chosen)));
        payloads.add(new Payload.KeyExchange(sa.gxr));
        payloads.add(new Payload.Nonce(sa.nonceR));
        payloads.add(ownId);
        payloads.add(steps.ownHash(ownId));
        payloads.addAll(Phase1Negotiation.answerVendorIds(sa));
        if (sa.natDType != 0) {
            payloads.addAll(NatDiscovery.payloads(sa));
        }
        core.log.sa(sa, "SA is doing pre-shared key authentication using id type " + Phase1Steps.idTypeName(ownId));
        sa.mmState = "AG_INIT_EXCH";
        core.sendPhase1(sa, IsakmpCodec.encode(steps.header(), payloads), true);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_R_AM2");
    }

    private void onAm3(IsakmpHeader h, byte[] datagram) throws DropPacket {
        PayloadChain chain;
        byte[] nextIv = null;
        if (h.encrypted()) {
            MessageCrypto.Opened opened = MessageCrypto.open(sa, h, datagram);
            chain = opened.chain();
            nextIv = opened.nextIv();
        } else {
            chain = steps.decodePlain(h, datagram);
        }
        Payload.Hash hash = chain.first(Payload.Hash.class).orElseThrow(() -> new DropPacket("AM3 without HASH payload, dropped"));
        steps.verifyPeerHash(peerIdBody, hash, "AM3");
        if (nextIv != null) {
            MessageCrypto.commit(sa, 0, nextIv);
        }
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_AM_EXCH", "IKE_R_AM3");
        core.log.sa(sa, " processing HASH payload. message ID = 0");
        NatDiscovery.check(core, sa, chain);
        boolean initialContact = steps.processNotifies(chain);
        steps.logAuthenticated();
        if (initialContact) {
            steps.initialContact();
        }
        sa.lastPhase1Block = sa.phase1Iv;
        sa.mmState = "AG_AUTH";
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_P1_COMPLETE");
        core.phase1Complete(sa);
    }
}
