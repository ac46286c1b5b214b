package org.iosemu.ike.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iosemu.ike.codec.DecodeException;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerIdentity;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.DhGroup;

/**
 * The phase-1 steps that initiator and responder, Main Mode and Aggressive Mode take alike on one IKE SA: the
 * header, the cleartext messages, the KE/nonce exchange (MM3/MM4), the keys, the ID/HASH authentication (MM5/MM6)
 * and the profile the peer's identity selects. The mode classes keep the order of the steps and what only one
 * side checks or sends.
 */
final class Phase1Steps {
    /** The peer's KE and nonce from MM3/MM4, already checked against the negotiated group. */
    record PeerKeyExchange(byte[] publicValue, byte[] nonce) {
    }

    private final EngineCore core;
    private final Phase1Sa sa;

    Phase1Steps(EngineCore core, Phase1Sa sa) {
        this.core = core;
        this.sa = sa;
    }

    IsakmpHeader header() {
        return new IsakmpHeader(sa.ckyI, sa.ckyR, 0, IsakmpHeader.VERSION_IKEV1, sa.exchangeType, 0, 0, 0);
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
        Phase1Negotiation.processVendorIds(core, sa, chain);
        NatDiscovery.check(core, sa, chain);
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE", state);
    }

    /** Derives all phase-1 keys once KE and nonces are known; the SA gets its conn-id here, as on IOS. */
    void deriveKeys(byte[] gxy) {
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
        peerIdentified(id);
        return chain;
    }

    /** The identity of an ID payload, or null for a type profiles cannot match (RFC 2407 4.6.2.1). */
    static PeerIdentity identityOf(Payload.Identification id) {
        return switch (id.idType()) {
            case Payload.Identification.ID_IPV4_ADDR -> id.data().length == 4 ? new PeerIdentity.Address(Ipv4.of(id.data(), 0)) : null;
            case Payload.Identification.ID_FQDN -> new PeerIdentity.HostName(new String(id.data(), StandardCharsets.US_ASCII));
            case Payload.Identification.ID_KEY_ID -> new PeerIdentity.KeyId(new String(id.data(), StandardCharsets.US_ASCII));
            default -> null;
        };
    }

    /**
     * The peer proved its identity: the SA remembers it, and moves to the profile that names it if that one has the
     * same pre-shared key (the key is what the peer just proved; a profile with another key is not its own).
     */
    void peerIdentified(Payload.Identification id) {
        sa.peerIdentity = identityOf(id);
        if (sa.peerIdentity == null) {
            return;
        }
        core.profiles.forIdentity(sa.peerIdentity)
                .filter(p -> sa.profile == null || p.preSharedKey().equals(sa.profile.preSharedKey()))
                .ifPresent(p -> sa.profile = p);
    }

    /** The pre-shared key of the profile that serves the peer, for SKEYID. */
    void useProfile(PeerProfile profile) {
        sa.profile = profile;
        sa.psk = profile.preSharedKey().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A responder's first step in either mode: the key of the profile that serves the peer, then the first of
     * our policies the offer matches; {@code mode} names the mode in IOS's failure line ("Main", "Aggressive").
     */
    Phase1Negotiation.Choice acceptOffer(PeerProfile profile, Payload.Sa offered, String mode) throws DropPacket {
        if (profile == null) {
            core.log.sa(sa, "No pre-shared key with " + sa.remote.ip() + "!");
            core.log.sa(sa, "No Cert or pre-shared address key.");
            throw notAcceptable();
        }
        core.log.sa(sa, "found peer pre-shared key matching " + sa.remote.ip());
        core.log.sa(sa, " local preshared key found");
        useProfile(profile);
        Phase1Negotiation.Choice choice = Phase1Negotiation.choose(core, sa, offered, core.config.policies()).orElse(null);
        if (choice == null) {
            core.log.sa(sa, "no offers accepted!");
            core.log.syslog("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of " + mode + " mode failed with peer at " + sa.remote.ip());
            throw notAcceptable();
        }
        return choice;
    }

    private DropPacket notAcceptable() {
        return new DropPacket("phase 1 SA policy not acceptable! (local " + sa.local.ip() + " remote " + sa.remote.ip() + ")");
    }

    /** The last of the peer's MM5/MM6: its vendor IDs, then the IOS authentication lines. */
    void peerAuthenticated(PayloadChain chain) {
        Phase1Negotiation.processVendorIds(core, sa, chain);
        logAuthenticated();
    }

    /**
     * Our ID payload as Aggressive Mode sends it: the identity of the profile's initiation settings (an Easy VPN
     * group as ID_KEY_ID), else our address; protocol UDP, port 500 as Cisco sends them.
     */
    Payload.Identification ownIdentification() {
        PeerIdentity self = sa.initiator() && sa.profile != null ? sa.profile.initiation().identity().orElse(null) : null;
        if (self instanceof PeerIdentity.KeyId k) {
            return new Payload.Identification(Payload.Identification.ID_KEY_ID, 17, 500, k.group().getBytes(StandardCharsets.US_ASCII));
        }
        if (self instanceof PeerIdentity.HostName n) {
            return new Payload.Identification(Payload.Identification.ID_FQDN, 17, 500, n.name().getBytes(StandardCharsets.US_ASCII));
        }
        return new Payload.Identification(Payload.Identification.ID_IPV4_ADDR, 17, 500, sa.local.ip().toBytes());
    }

    /** The IOS name of an ID type in "using id type ..." lines. */
    static String idTypeName(Payload.Identification id) {
        return switch (id.idType()) {
            case Payload.Identification.ID_KEY_ID -> "ID_KEY_ID";
            case Payload.Identification.ID_FQDN -> "ID_FQDN";
            default -> "ID_IPV4_ADDR";
        };
    }

    /** Our HASH_I or HASH_R over the body of our ID payload. */
    Payload.Hash ownHash(Payload.Identification ownId) {
        return new Payload.Hash(authenticationHash(sa.role, bodyOf(ownId)));
    }

    /** Checks the peer's HASH_I or HASH_R over the body of its ID payload as it was on the wire. */
    void verifyPeerHash(byte[] peerIdBody, Payload.Hash hash, String message) throws DropPacket {
        Phase1Sa.Role peer = sa.initiator() ? Phase1Sa.Role.RESPONDER : Phase1Sa.Role.INITIATOR;
        if (!Bytes.same(authenticationHash(peer, peerIdBody), hash.data())) {
            throw new DropPacket("hash payload of " + message + " from " + sa.remote.ip() + " failed verification, dropped");
        }
    }

    /** Logs the NOTIFY payloads of the peer's last phase-1 message; true if one is INITIAL_CONTACT. */
    boolean processNotifies(PayloadChain chain) {
        boolean initialContact = false;
        for (Payload.Notify n : chain.all(Payload.Notify.class)) {
            core.log.sa(sa, " processing NOTIFY " + NotifyType.name(n.notifyType()) + " protocol " + n.protocolId(),
                    "        spi 0, message ID = 0, sa = " + core.log.saStruct(sa));
            initialContact |= n.notifyType() == NotifyType.INITIAL_CONTACT;
        }
        return initialContact;
    }

    /** The peer restarted (INITIAL_CONTACT): older SAs with it go. */
    void initialContact() {
        core.log.sa(sa, "Process initial contact,",
                "bring down existing phase 1 and 2 SA's with local " + sa.local.ip() + " remote " + sa.remote.ip() + " remote port " + sa.remote.port());
        core.initialContact(sa);
    }

    /** The initiator's last message carries INITIAL_CONTACT when this is its only SA with the peer. */
    void addInitialContactIfFirst(List<Payload> payloads) {
        if (core.ikeSas.isFirstWithPeer(sa)) {
            core.log.sa(sa, "Send initial contact");
            payloads.add(new Payload.Notify(1, 1, NotifyType.INITIAL_CONTACT, sa.cookies(), new byte[0]));
        }
    }

    /** The IOS lines once the peer's hash verified. */
    void logAuthenticated() {
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
