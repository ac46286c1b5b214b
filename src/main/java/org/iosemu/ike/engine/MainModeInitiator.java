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
import org.iosemu.ike.crypto.Bytes;

/** Main Mode as initiator: MM1 → (MM2) → MM3 → (MM4) → MM5 → (MM6). */
final class MainModeInitiator implements Phase1Sa.MainModeExchange {
    private final EngineCore core;
    private final Phase1Sa sa;

    MainModeInitiator(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
    }

    void start() {
        core.log.sa(sa, " beginning Main Mode exchange");
        Payload.Sa offer = MainModeSupport.offer(core.config.policies());
        sa.saiBody = bodyOf(offer);
        List<Payload> payloads = new ArrayList<>();
        payloads.add(offer);
        payloads.addAll(MainModeSupport.vendorIds(core));
        send(IsakmpCodec.encode(header(), payloads));
        core.log.transition(sa, "IKE_MESG_FROM_IPSEC, IKE_SA_REQ_MM", "IKE_I_MM1");
    }

    private static byte[] bodyOf(Payload p) {
        byte[] raw = IsakmpCodec.encodePayload(p, 0);
        return java.util.Arrays.copyOfRange(raw, 4, raw.length);
    }

    private IsakmpHeader header() {
        return new IsakmpHeader(sa.ckyI, sa.ckyR, 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.IDENTITY_PROTECTION, 0, 0, 0);
    }

    private void send(byte[] message) {
        core.sendPhase1(sa, message);
    }

    @Override
    public void onMessage(IsakmpHeader h, byte[] datagram) throws DropPacket {
        switch (sa.fsm) {
            case "IKE_I_MM1" -> onMm2(h, datagram);
            case "IKE_I_MM3" -> onMm4(h, datagram);
            case "IKE_I_MM5" -> onMm6(h, datagram);
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

    private void onMm2(IsakmpHeader h, byte[] datagram) throws DropPacket {
        PayloadChain chain = plain(h, datagram);
        Payload.Sa saPayload = chain.first(Payload.Sa.class).orElseThrow(() -> new DropPacket("MM2 without SA payload, dropped"));
        if (saPayload.proposals().size() != 1 || saPayload.proposals().get(0).transforms().size() != 1) {
            throw new DropPacket("responder must choose exactly one transform, dropped");
        }
        if (h.responderCookie().length != 8 || Bytes.same(h.responderCookie(), new byte[8])) {
            throw new DropPacket("MM2 without responder cookie, dropped");
        }
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_I_MM2");
        core.log.sa(sa, " processing SA payload. message ID = 0");
        MainModeSupport.Choice choice = MainModeSupport.choose(core, sa, saPayload, core.config.policies())
                .orElseThrow(() -> new DropPacket("peer chose a transform we did not offer, dropped"));
        sa.ckyR = h.responderCookie().clone();
        MainModeSupport.applyChoice(sa, choice);
        MainModeSupport.processVendorIds(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", "IKE_I_MM2");
        sa.dh = MainModeSupport.newDh(core, sa);
        sa.gxi = sa.dh.publicValue();
        sa.nonceI = core.random.bytes(MainModeSupport.NONCE_LENGTH);
        sa.mmState = "MM_SA_SETUP";
        List<Payload> mm3 = new ArrayList<>(List.of(new Payload.KeyExchange(sa.gxi), new Payload.Nonce(sa.nonceI)));
        if (sa.natDType != 0) {
            mm3.addAll(NatDiscovery.payloads(sa));
        }
        send(IsakmpCodec.encode(header(), mm3));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_I_MM3");
    }

    private void onMm4(IsakmpHeader h, byte[] datagram) throws DropPacket {
        PayloadChain chain = plain(h, datagram);
        MainModeSupport.requireKe(chain, sa);
        byte[] gxr = chain.first(Payload.KeyExchange.class).orElseThrow().data();
        byte[] gxy = MainModeSupport.sharedSecret(sa, gxr);
        sa.gxr = gxr;
        sa.nonceR = chain.first(Payload.Nonce.class).orElseThrow().data();
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_I_MM4");
        core.log.sa(sa, " processing KE payload. message ID = 0");
        core.log.sa(sa, " processing NONCE payload. message ID = 0");
        core.log.sa(sa, "found peer pre-shared key matching " + sa.remote.ip());
        MainModeSupport.deriveKeys(core, sa, gxy);
        MainModeSupport.processVendorIds(core, sa, chain);
        NatDiscovery.check(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", "IKE_I_MM4");
        NatDiscovery.floatPorts(core, sa);
        List<Payload> payloads = new ArrayList<>();
        Payload.Identification id = MainModeSupport.identity(sa);
        byte[] idBody = java.util.Arrays.copyOfRange(IsakmpCodec.encodePayload(id, 0), 4, 4 + 8);
        payloads.add(id);
        payloads.add(new Payload.Hash(sa.crypto.hashI(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.ckyI, sa.ckyR, sa.saiBody, idBody)));
        if (core.isFirstSaWith(sa)) {
            core.log.sa(sa, "Send initial contact");
            payloads.add(new Payload.Notify(1, 1, NotifyType.INITIAL_CONTACT, sa.cookies(), new byte[0]));
        }
        core.log.sa(sa, "SA is doing pre-shared key authentication using id type ID_IPV4_ADDR");
        sa.mmState = "MM_KEY_EXCH";
        send(MessageCrypto.seal(sa, header(), payloads));
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_I_MM5");
    }

    private void onMm6(IsakmpHeader h, byte[] datagram) throws DropPacket {
        MessageCrypto.Opened opened = MessageCrypto.open(sa, h, datagram);
        PayloadChain chain = opened.chain();
        Payload.Identification idr = chain.first(Payload.Identification.class).orElseThrow(() -> new DropPacket("MM6 without ID payload, dropped"));
        Payload.Hash hash = chain.first(Payload.Hash.class).orElseThrow(() -> new DropPacket("MM6 without HASH payload, dropped"));
        byte[] expected = sa.crypto.hashR(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.ckyI, sa.ckyR, sa.saiBody, chain.body(idr));
        if (!Bytes.same(expected, hash.data())) {
            throw new DropPacket("hash payload of MM6 from " + sa.remote.ip() + " failed verification, dropped");
        }
        MessageCrypto.commit(sa, 0, opened.nextIv());
        sa.lastPhase1Block = sa.phase1Iv;
        core.log.sa(sa, " processing ID payload. message ID = 0");
        core.log.sa(sa, " processing HASH payload. message ID = 0");
        MainModeSupport.processVendorIds(core, sa, chain);
        core.log.sa(sa, "SA authentication status:");
        core.log.raw("        authenticated");
        core.log.sa(sa, "SA has been authenticated with " + sa.remote.ip());
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", "IKE_I_MM6");
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE", "IKE_P1_COMPLETE");
        core.phase1Complete(sa);
    }
}
