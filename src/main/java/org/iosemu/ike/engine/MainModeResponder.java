package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.Transform;
import org.iosemu.ike.config.PreSharedKey;

/** Main Mode as responder: (MM1) → MM2 → (MM3) → MM4 → (MM5) → MM6. */
final class MainModeResponder implements Phase1Sa.MainModeExchange {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final MainModeMessages messages;

    MainModeResponder(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
        this.messages = new MainModeMessages(core, sa);
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        switch (sa.fsm) {
            case "IKE_READY" -> onMm1(messages.decodePlain(h, datagram));
            case "IKE_R_MM2" -> onMm3(messages.decodePlain(h, datagram));
            case "IKE_R_MM4" -> onMm5(messages.authenticatePeer(h, datagram, "MM5"));
            default -> throw new DropPacket("unexpected main mode packet in state " + sa.fsm + ", dropped");
        }
    }

    /** Validates MM1 completely before the caller keeps the new SA; a failure leaves no state behind. */
    private void onMm1(PayloadChain chain) throws DropPacket {
        Payload.Sa offered = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("MM1 without SA payload, dropped"));
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_R_MM1");
        core.log.sa(sa, " processing SA payload. message ID = 0");
        PreSharedKey key = core.config.keyFor(sa.remote.ip()).orElse(null);
        if (key == null) {
            core.log.sa(sa, "No pre-shared key with " + sa.remote.ip() + "!");
            core.log.sa(sa, "No Cert or pre-shared address key.");
            throw new DropPacket("phase 1 SA policy not acceptable! (local " + sa.local.ip() + " remote " + sa.remote.ip() + ")");
        }
        core.log.sa(sa, "found peer pre-shared key matching " + sa.remote.ip());
        core.log.sa(sa, " local preshared key found");
        MainModeSupport.Choice choice = MainModeSupport.choose(core, sa, offered, core.config.policies()).orElse(null);
        if (choice == null) {
            core.log.sa(sa, "no offers accepted!");
            core.log.syslog("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Main mode failed with peer at " + sa.remote.ip());
            throw new DropPacket("phase 1 SA policy not acceptable! (local " + sa.local.ip() + " remote " + sa.remote.ip() + ")");
        }
        sa.psk = key.key().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        sa.saiBody = chain.body(offered);
        MainModeSupport.applyChoice(sa, choice);
        MainModeSupport.processVendorIds(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", "IKE_R_MM1");
        sa.ckyR = core.newCookie();
        // Echo the accepted transform with the negotiated (shorter) lifetime so both ends expire together.
        Transform accepted = MainModeSupport.withLifetime(choice.transform(), choice.lifetimeSeconds());
        Proposal chosen = new Proposal(offered.proposals().get(0).number(), Proposal.PROTO_ISAKMP, new byte[0], List.of(accepted));
        List<Payload> payloads = new ArrayList<>();
        payloads.add(new Payload.Sa(offered.doi(), offered.situation(), List.of(chosen)));
        payloads.addAll(MainModeSupport.answerVendorIds(sa));
        sa.mmState = "MM_SA_SETUP";
        messages.sendPlain(payloads);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_R_MM2");
    }

    private void onMm3(PayloadChain chain) throws DropPacket {
        MainModeMessages.PeerKeyExchange peer = messages.peerKeyExchange(chain);
        if (sa.dh == null) {
            sa.dh = MainModeSupport.newDh(core, sa);
        }
        byte[] gxy = messages.sharedSecret(peer.publicValue());
        sa.gxi = peer.publicValue();
        sa.gxr = sa.dh.publicValue();
        sa.nonceI = peer.nonce();
        sa.nonceR = core.random.bytes(MainModeSupport.NONCE_LENGTH);
        messages.completeKeyExchange(chain, gxy, "IKE_R_MM3");
        sa.mmState = "MM_KEY_EXCH";
        messages.sendPlain(messages.keyExchangePayloads(sa.gxr, sa.nonceR));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_R_MM4");
    }

    private void onMm5(PayloadChain chain) {
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_R_MM5");
        core.log.sa(sa, " processing ID payload. message ID = 0");
        core.log.sa(sa, " processing HASH payload. message ID = 0");
        boolean initialContact = false;
        for (Payload.Notify n : chain.all(Payload.Notify.class)) {
            core.log.sa(sa, " processing NOTIFY " + NotifyType.name(n.notifyType()) + " protocol " + n.protocolId(),
                    "        spi 0, message ID = 0, sa = " + core.log.saStruct(sa));
            initialContact |= n.notifyType() == NotifyType.INITIAL_CONTACT;
        }
        messages.peerAuthenticated(chain);
        if (initialContact) {
            core.log.sa(sa, "Process initial contact,",
                    "bring down existing phase 1 and 2 SA's with local " + sa.local.ip() + " remote " + sa.remote.ip() + " remote port " + sa.remote.port());
            core.initialContact(sa);
        }
        core.log.sa(sa, "SA is doing pre-shared key authentication using id type ID_IPV4_ADDR");
        byte[] mm6 = MessageCrypto.seal(sa, messages.header(), messages.ownAuthentication());
        sa.lastPhase1Block = sa.phase1Iv;
        core.sendPhase1(sa, mm6);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_P1_COMPLETE");
        core.phase1Complete(sa);
    }
}
