package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iosemu.ike.codec.DecodeException;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.DhGroup;

/**
 * The Main Mode steps that initiator and responder take alike on one IKE SA: the header, the cleartext messages,
 * the KE/nonce exchange (MM3/MM4) and the ID/HASH authentication (MM5/MM6). The role classes keep the order of the
 * steps and what only one side checks or sends.
 */
final class MainModeMessages {
    /** The peer's KE and nonce from MM3/MM4, already checked against the negotiated group. */
    record PeerKeyExchange(byte[] publicValue, byte[] nonce) {
    }

    private final EngineCore core;
    private final Phase1Sa sa;

    MainModeMessages(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
    }

    IsakmpHeader header() {
        return new IsakmpHeader(sa.ckyI, sa.ckyR, 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.IDENTITY_PROTECTION, 0, 0, 0);
    }

    /** A payload as the hashes cover it: without its generic header. */
    static byte[] bodyOf(Payload p) {
        byte[] raw = IsakmpCodec.encodePayload(p, 0);
        return Arrays.copyOfRange(raw, 4, raw.length);
    }

    /** Decodes MM1–MM4, which travel in the clear. */
    PayloadChain decodePlain(IsakmpHeader h, byte[] datagram) throws DropPacket {
        if (h.encrypted()) {
            throw new DropPacket("unexpected encrypted packet in state " + sa.fsm + ", dropped");
        }
        try {
            return IsakmpCodec.decode(datagram).chain();
        } catch (DecodeException e) {
            throw new DropPacket("malformed packet (" + e.getMessage() + "), dropped");
        }
    }

    void sendPlain(List<Payload> payloads) {
        core.sendPhase1(sa, IsakmpCodec.encode(header(), payloads));
    }

    /** Our KE and nonce (MM3/MM4), with the NAT-D payloads once the vendor IDs agreed on NAT-T. */
    List<Payload> keyExchangePayloads(byte[] publicValue, byte[] nonce) {
        List<Payload> payloads = new ArrayList<>(List.of(new Payload.KeyExchange(publicValue), new Payload.Nonce(nonce)));
        if (sa.natDType != 0) {
            payloads.addAll(NatDiscovery.payloads(sa));
        }
        return payloads;
    }

    PeerKeyExchange peerKeyExchange(PayloadChain chain) throws DropPacket {
        Payload.KeyExchange ke = chain.first(Payload.KeyExchange.class).orElseThrow(() -> new DropPacket("KE payload missing, dropped"));
        Payload.Nonce n = chain.first(Payload.Nonce.class).orElseThrow(() -> new DropPacket("NONCE payload missing, dropped"));
        if (ke.data().length != DhGroup.of(sa.policy.group()).length()) {
            throw new DropPacket("KE payload of " + ke.data().length + " bytes for group " + sa.policy.group() + ", dropped");
        }
        if (n.data().length < 8 || n.data().length > 256) {
            throw new DropPacket("nonce of " + n.data().length + " bytes, dropped");
        }
        return new PeerKeyExchange(ke.data(), n.data());
    }

    /** g^xy, or a drop when the peer's public value is out of range. */
    byte[] sharedSecret(byte[] peerPublic) throws DropPacket {
        return sa.dh.sharedSecret(peerPublic).orElseThrow(() -> new DropPacket("invalid KE payload from " + sa.remote.ip() + ", dropped"));
    }

    /**
     * The rest of taking in MM3/MM4 once both KE values and nonces are on the SA: keys, the peer's vendor IDs and
     * NAT discovery, with the IOS lines. {@code state} is the FSM state the message brings (IKE_I_MM4, IKE_R_MM3).
     */
    void completeKeyExchange(PayloadChain chain, byte[] gxy, String state) {
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH", state);
        core.log.sa(sa, " processing KE payload. message ID = 0");
        core.log.sa(sa, " processing NONCE payload. message ID = 0");
        core.log.sa(sa, "found peer pre-shared key matching " + sa.remote.ip());
        deriveKeys(gxy);
        MainModeSupport.processVendorIds(core, sa, chain);
        NatDiscovery.check(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", state);
    }

    /** Derives all phase-1 keys once KE and nonces are known; the SA gets its conn-id here, as on IOS. */
    private void deriveKeys(byte[] gxy) {
        sa.keys = sa.crypto.derivePhase1(sa.psk, sa.nonceI, sa.nonceR, gxy, sa.ckyI, sa.ckyR, sa.gxi, sa.gxr);
        sa.phase1Iv = sa.keys.initialIv();
        sa.connId = core.allocateConnId();
    }

    /** Our ID payload and the HASH_I or HASH_R over it (MM5/MM6). */
    List<Payload> ownAuthentication() {
        Payload.Identification id = new Payload.Identification(Payload.Identification.ID_IPV4_ADDR, 17, 500, sa.local.ip().toBytes());
        return List.of(id, new Payload.Hash(authenticationHash(sa.role, bodyOf(id))));
    }

    /**
     * Opens the peer's MM5/MM6 and checks its HASH over its ID payload; the IV chain advances only once it verified.
     * {@code message} names the message in the drop reasons.
     */
    PayloadChain authenticatePeer(IsakmpHeader h, byte[] datagram, String message) throws DropPacket {
        MessageCrypto.Opened opened = MessageCrypto.open(sa, h, datagram);
        PayloadChain chain = opened.chain();
        Payload.Identification id = chain.first(Payload.Identification.class).orElseThrow(() -> new DropPacket(message + " without ID payload, dropped"));
        Payload.Hash hash = chain.first(Payload.Hash.class).orElseThrow(() -> new DropPacket(message + " without HASH payload, dropped"));
        Phase1Sa.Role peer = sa.initiator() ? Phase1Sa.Role.RESPONDER : Phase1Sa.Role.INITIATOR;
        if (!Bytes.same(authenticationHash(peer, chain.body(id)), hash.data())) {
            throw new DropPacket("hash payload of " + message + " from " + sa.remote.ip() + " failed verification, dropped");
        }
        MessageCrypto.commit(sa, 0, opened.nextIv());
        return chain;
    }

    /** The last of the peer's MM5/MM6: its vendor IDs, then the IOS authentication lines. */
    void peerAuthenticated(PayloadChain chain) {
        MainModeSupport.processVendorIds(core, sa, chain);
        // classic IOS keeps the status on the line, after a TAB (IOS-XE breaks the line there)
        core.log.sa(sa, "SA authentication status:\tauthenticated");
        core.log.sa(sa, "SA has been authenticated with " + sa.remote.ip());
    }

    /** HASH_I authenticates the initiator, HASH_R the responder (RFC 2409 5). */
    private byte[] authenticationHash(Phase1Sa.Role of, byte[] idBody) {
        return of == Phase1Sa.Role.INITIATOR
                ? sa.crypto.hashI(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.ckyI, sa.ckyR, sa.saiBody, idBody)
                : sa.crypto.hashR(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.ckyI, sa.ckyR, sa.saiBody, idBody);
    }
}
