package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.DecodeException;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.Transform;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.crypto.Bytes;

/** Main Mode as responder: (MM1) → MM2 → (MM3) → MM4 → (MM5) → MM6. */
final class MainModeResponder implements Phase1Sa.MainModeExchange {
    private final EngineCore core;
    private final Phase1Sa sa;

    MainModeResponder(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
    }

    private IsakmpHeader header() {
        return new IsakmpHeader(sa.ckyI, sa.ckyR, 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.IDENTITY_PROTECTION, 0, 0, 0);
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        switch (sa.fsm) {
            case "IKE_READY" -> onMm1(h, datagram);
            case "IKE_R_MM2" -> onMm3(h, datagram);
            case "IKE_R_MM4" -> onMm5(h, datagram);
            default -> throw new DropPacket("unexpected main mode packet in state " + sa.fsm + ", dropped");
        }
    }

    private PayloadChain plain(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (h.encrypted()) {
            throw new DropPacket("unexpected encrypted packet in state " + sa.fsm + ", dropped");
        }
        try {
            return IsakmpCodec.decode(datagram).chain();
        } catch (DecodeException e) {
            throw new DropPacket("malformed packet (" + e.getMessage() + "), dropped");
        }
    }

    /** Validates MM1 completely before the caller keeps the new SA; a failure leaves no state behind. */
    private void onMm1(IsakmpHeader h, byte[] datagram) throws DropPacket {
        PayloadChain chain = plain(h, datagram);
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
        core.sendPhase1(sa, IsakmpCodec.encode(header(), payloads));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_R_MM2");
    }

    private void onMm3(IsakmpHeader h, byte[] datagram) throws DropPacket {
        PayloadChain chain = plain(h, datagram);
        MainModeSupport.requireKe(chain, sa);
        byte[] gxi = chain.first(Payload.KeyExchange.class).orElseThrow().data();
        if (sa.dh == null) {
            sa.dh = MainModeSupport.newDh(core, sa);
        }
        byte[] gxy = MainModeSupport.sharedSecret(sa, gxi);
        sa.gxi = gxi;
        sa.gxr = sa.dh.publicValue();
        sa.nonceI = chain.first(Payload.Nonce.class).orElseThrow().data();
        sa.nonceR = core.random.bytes(MainModeSupport.NONCE_LENGTH);
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_R_MM3");
        core.log.sa(sa, " processing KE payload. message ID = 0");
        core.log.sa(sa, " processing NONCE payload. message ID = 0");
        core.log.sa(sa, "found peer pre-shared key matching " + sa.remote.ip());
        MainModeSupport.deriveKeys(core, sa, gxy);
        MainModeSupport.processVendorIds(core, sa, chain);
        NatDiscovery.check(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", "IKE_R_MM3");
        sa.mmState = "MM_KEY_EXCH";
        List<Payload> mm4 = new ArrayList<>(List.of(new Payload.KeyExchange(sa.gxr), new Payload.Nonce(sa.nonceR)));
        if (sa.natDType != 0) {
            mm4.addAll(NatDiscovery.payloads(sa));
        }
        core.sendPhase1(sa, IsakmpCodec.encode(header(), mm4));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_R_MM4");
    }

    private void onMm5(IsakmpHeader h, byte[] datagram) throws DropPacket {
        MessageCrypto.Opened opened = MessageCrypto.open(sa, h, datagram);
        PayloadChain chain = opened.chain();
        Payload.Identification idi = chain.first(Payload.Identification.class).orElseThrow(() -> new DropPacket("MM5 without ID payload, dropped"));
        Payload.Hash hash = chain.first(Payload.Hash.class).orElseThrow(() -> new DropPacket("MM5 without HASH payload, dropped"));
        byte[] expected = sa.crypto.hashI(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.ckyI, sa.ckyR, sa.saiBody, chain.body(idi));
        if (!Bytes.same(expected, hash.data())) {
            throw new DropPacket("hash payload of MM5 from " + sa.remote.ip() + " failed verification, dropped");
        }
        MessageCrypto.commit(sa, 0, opened.nextIv());
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_R_MM5");
        core.log.sa(sa, " processing ID payload. message ID = 0");
        core.log.sa(sa, " processing HASH payload. message ID = 0");
        boolean initialContact = false;
        for (Payload.Notify n : chain.all(Payload.Notify.class)) {
            core.log.sa(sa, " processing NOTIFY " + NotifyType.name(n.notifyType()) + " protocol " + n.protocolId());
            core.log.raw("        spi 0, message ID = 0, sa = " + sa.handle());
            initialContact |= n.notifyType() == NotifyType.INITIAL_CONTACT;
        }
        MainModeSupport.processVendorIds(core, sa, chain);
        core.log.sa(sa, "SA authentication status:");
        core.log.raw("        authenticated");
        core.log.sa(sa, "SA has been authenticated with " + sa.remote.ip());
        if (initialContact) {
            core.log.sa(sa, "Process initial contact,");
            core.log.raw("bring down existing phase 1 and 2 SA's with local " + sa.local.ip() + " remote " + sa.remote.ip() + " remote port " + sa.remote.port());
            core.initialContact(sa);
        }
        core.log.sa(sa, "SA is doing pre-shared key authentication using id type ID_IPV4_ADDR");
        Payload.Identification id = MainModeSupport.identity(sa);
        byte[] idBody = java.util.Arrays.copyOfRange(IsakmpCodec.encodePayload(id, 0), 4, 12);
        byte[] hashR = sa.crypto.hashR(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.ckyI, sa.ckyR, sa.saiBody, idBody);
        byte[] mm6 = MessageCrypto.seal(sa, header(), List.of(id, new Payload.Hash(hashR)));
        sa.lastPhase1Block = sa.phase1Iv;
        core.sendPhase1(sa, mm6);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_P1_COMPLETE");
        core.phase1Complete(sa);
    }
}
