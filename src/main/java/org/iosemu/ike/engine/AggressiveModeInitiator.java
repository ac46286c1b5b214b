package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.crypto.Bytes;

/**
 * Aggressive Mode as initiator (RFC 2409 5.4, pre-shared key): AM1 (SA, KE, Ni, IDii, VIDs) → (AM2) → AM3
 * (HASH_I, NAT-D, encrypted). KE goes out before any policy is agreed, so AM1 offers only the policies of the DH
 * group of the first one. An Easy VPN remote names its group as ID_KEY_ID, which the responder finds the key by.
 */
final class AggressiveModeInitiator implements Phase1Exchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final Phase1Steps steps;
    private int group;
    private Payload.Identification ownId;

    AggressiveModeInitiator(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
        this.steps = new Phase1Steps(core, sa);
        sa.exchangeType = ExchangeType.AGGRESSIVE;
    }

    /** The policies AM1 offers: those of the first policy's DH group, in priority order. */
    static List<IkeProposal> offered(List<IkeProposal> policies) {
        int group = policies.get(0).group();
        return policies.stream().filter(p -> p.group() == group).toList();
    }

    void start() {
        List<IkeProposal> policies = offered(policiesOf());
        group = policies.get(0).group();
        ownId = steps.ownIdentification();
        core.log.sa(sa, "SA is doing pre-shared key authentication using id type " + Phase1Steps.idTypeName(ownId));
        core.log.sa(sa, " beginning Aggressive Mode exchange");
        Payload.Sa offer = Phase1Negotiation.offer(policies, sa.remoteAccess != null);
        sa.saiBody = Phase1Steps.bodyOf(offer);
        sa.dh = Phase1Negotiation.newDh(core, group);
        sa.gxi = sa.dh.publicValue();
        sa.nonceI = core.random.bytes(Phase1Negotiation.NONCE_LENGTH);
        List<Payload> payloads = new ArrayList<>();
        payloads.add(offer);
        payloads.add(new Payload.KeyExchange(sa.gxi));
        payloads.add(new Payload.Nonce(sa.nonceI));
        payloads.add(ownId);
        payloads.addAll(Phase1Negotiation.vendorIds(core, sa.remoteAccess != null));
        sa.mmState = "AG_INIT_EXCH";
        steps.sendPlain(payloads);
        core.log.transition(sa, "IKE_MESG_FROM_IPSEC, IKE_SA_REQ_AM", "IKE_I_AM1");
    }

    /** The SA's own policies (an Easy VPN remote's built-in ones), else the configured ones. */
    private List<IkeProposal> policiesOf() {
        return sa.offeredPolicies != null ? sa.offeredPolicies : core.config.policies();
    }

    @Override
    public boolean answersDuplicates() {
        return true; // a copy of AM2 means our AM3 was lost
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (!sa.fsm.equals("IKE_I_AM1")) {
            throw new DropPacket("unexpected aggressive mode packet in state " + sa.fsm + ", dropped");
        }
        onAm2(h, steps.decodePlain(h, datagram));
    }

    private void onAm2(IsakmpHeader h, PayloadChain chain) throws DropPacket {
        Payload.Sa saPayload = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("AM2 without SA payload, dropped"));
        Payload.Identification id = chain.first(Payload.Identification.class).orElseThrow(() -> new DropPacket("AM2 without ID payload, dropped"));
        Payload.Hash hash = chain.first(Payload.Hash.class).orElseThrow(() -> new DropPacket("AM2 without HASH payload, dropped"));
        if (saPayload.proposals().size() != 1 || saPayload.proposals().get(0).transforms().size() != 1) {
            throw new DropPacket("responder must choose exactly one transform, dropped");
        }
        if (h.responderCookie().length != 8 || Bytes.same(h.responderCookie(), new byte[8])) {
            throw new DropPacket("AM2 without responder cookie, dropped");
        }
        core.log.sa(sa, " processing SA payload. message ID = 0");
        Phase1Negotiation.Choice choice = Phase1Negotiation.choose(core, sa, saPayload, offered(policiesOf()))
                .orElseThrow(() -> new DropPacket("peer chose a transform we did not offer, dropped"));
        // nothing on the SA changes before the peer's hash verified: a forged AM2 must not spoil the real one
        byte[] ckyR = sa.ckyR;
        sa.ckyR = h.responderCookie().clone();
        Phase1Negotiation.applyChoice(sa, choice);
        try {
            Phase1Steps.PeerKeyExchange peer = steps.peerKeyExchange(chain);
            byte[] gxy = steps.sharedSecret(peer.publicValue());
            sa.gxr = peer.publicValue();
            sa.nonceR = peer.nonce();
            steps.deriveKeys(gxy);
            steps.verifyPeerHash(chain.body(id), hash, "AM2");
        } catch (DropPacket d) {
            sa.ckyR = ckyR;
            sa.keys = null;
            sa.connId = 0;
            throw d;
        }
        core.log.sa(sa, " processing KE payload. message ID = 0");
        core.log.sa(sa, " processing NONCE payload. message ID = 0");
        core.log.sa(sa, " processing ID payload. message ID = 0");
        core.log.sa(sa, " processing HASH payload. message ID = 0");
        Phase1Negotiation.processVendorIds(core, sa, chain);
        NatDiscovery.check(core, sa, chain);
        steps.logAuthenticated();
        steps.peerIdentified(id);
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_AM_EXCH", "IKE_I_AM2");
        NatDiscovery.floatPorts(core, sa);
        List<Payload> payloads = new ArrayList<>();
        payloads.add(steps.ownHash(ownId));
        if (sa.natDType != 0) {
            payloads.addAll(NatDiscovery.payloads(sa));
        }
        steps.addInitialContactIfFirst(payloads);
        sa.mmState = "AG_AUTH";
        byte[] am3 = MessageCrypto.seal(sa, steps.header(), payloads);
        sa.lastPhase1Block = sa.phase1Iv;
        core.sendPhase1(sa, am3);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_P1_COMPLETE");
        core.phase1Complete(sa);
    }
}
