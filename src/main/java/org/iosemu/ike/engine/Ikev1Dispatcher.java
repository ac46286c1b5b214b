package org.iosemu.ike.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.codec.DecodeException;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;

/**
 * Takes an IKEv1 datagram to its IKE SA and exchange: checks the addressing and cookies, follows a NAT-T port
 * float, and hands the message on by exchange type: a phase-1 mode to the SA's {@link Phase1Exchange} (or a new
 * responder SA), Quick Mode to the {@link Exchange} with its message ID (or a new responder), Informational to
 * {@link Informational}. Adding an exchange type is one entry in {@link #handlers} (and, for a phase-1 mode, in
 * {@link #responders}).
 */
final class Ikev1Dispatcher {
    /** Incomplete responder SAs are forgotten after this long (bounds state created by spoofed MM1s). */
    static final long HALF_OPEN_TIMEOUT_MS = 60_000;

    /** What an exchange type does with a message on an existing IKE SA. */
    private interface Handler {
        void onMessage(Phase1Sa sa, IsakmpHeader h, byte[] data) throws DropPacket;
    }

    private final EngineCore core;
    private final Map<Integer, Handler> handlers = new HashMap<>();
    /** The phase-1 modes a peer may open a new IKE SA with, and the responder for each. */
    private final Map<Integer, BiFunction<EngineCore, Phase1Sa, Phase1Exchange>> responders = new HashMap<>();

    Ikev1Dispatcher(EngineCore core) {
        this.core = core;
        handlers.put(ExchangeType.IDENTITY_PROTECTION, this::onPhase1);
        handlers.put(ExchangeType.AGGRESSIVE, this::onPhase1);
        handlers.put(ExchangeType.QUICK_MODE, this::onQuickMode);
        handlers.put(ExchangeType.INFORMATIONAL, core.informational::onMessage);
        handlers.put(ExchangeType.TRANSACTION, this::onTransaction);
        responders.put(ExchangeType.IDENTITY_PROTECTION, MainModeResponder::new);
        responders.put(ExchangeType.AGGRESSIVE, AggressiveModeResponder::new);
    }

    void onDatagram(Endpoint local, Endpoint remote, byte[] data) {
        IsakmpHeader h;
        try {
            h = IsakmpCodec.decodeHeader(data);
        } catch (DecodeException e) {
            core.log.global("(0):dropping malformed packet from " + remote.ip() + ": " + e.getMessage());
            core.log.packetSyslog("%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from " + remote.ip()
                    + " failed its sanity check or is malformed", core.timers.now());
            return;
        }
        Phase1Sa sa = core.ikeSas.byInitiatorCookie(h.initiatorCookie());
        if (sa == null) {
            acceptNewSa(local, remote, h, data);
            return;
        }
        Endpoint oldLocal = sa.local;
        Endpoint oldRemote = sa.remote;
        try {
            checkAddressing(sa, local, remote, h, data);
            core.log.received(sa, remote, local, false);
            acceptFloat(sa, local, remote);
            Handler handler = handlers.get(h.exchangeType());
            if (handler == null) {
                throw new DropPacket("exchange type " + h.exchangeType() + " not supported, dropped");
            }
            handler.onMessage(sa, h, data);
        } catch (DropPacket d) {
            // an unauthenticated packet must not move the SA to another port
            sa.local = oldLocal;
            sa.remote = oldRemote;
            core.log.sa(sa, d.getMessage());
        }
    }

    /**
     * RFC 3947 port floating: once NAT-T was agreed, the peer may move to UDP 4500 (and a NAT may give it any
     * source port there, or remap it later); the SA follows the packet. Undone if the packet is dropped.
     */
    private void acceptFloat(Phase1Sa sa, Endpoint local, Endpoint remote) {
        if (sa.remote.equals(remote) && sa.local.equals(local)) {
            return;
        }
        sa.local = local;
        sa.remote = remote;
        core.log.sa(sa, "Detected port floating to port = " + remote.port());
    }

    /** A packet may come from the SA's endpoint, or float to 4500 from the same peer address once NAT-T was agreed. */
    private static boolean addressedToSa(Phase1Sa sa, Endpoint local, Endpoint remote) {
        if (!sa.local.ip().equals(local.ip()) || !sa.remote.ip().equals(remote.ip())) {
            return false;
        }
        if (sa.remote.equals(remote) && sa.local.equals(local)) {
            return true;
        }
        return sa.natDType != 0 && local.port() == Endpoint.NAT_T_PORT;
    }

    private void checkAddressing(Phase1Sa sa, Endpoint local, Endpoint remote, IsakmpHeader h, byte[] data) throws DropPacket {
        if (!addressedToSa(sa, local, remote)) {
            throw new DropPacket("packet for SA with " + sa.remote + " arrived from " + remote + ", dropped");
        }
        boolean responderCookieKnown = !Arrays.equals(sa.ckyR, new byte[8]);
        // a retransmitted first message still carries a zero responder cookie; it is answered as a duplicate
        boolean duplicateFirst = Arrays.equals(data, sa.retransmitter.lastReceived);
        if (responderCookieKnown && !duplicateFirst && !Arrays.equals(h.responderCookie(), sa.ckyR)) {
            throw new DropPacket("packet from " + remote.ip() + " with wrong responder cookie, dropped");
        }
        if (!responderCookieKnown && !responders.containsKey(h.exchangeType())) {
            throw new DropPacket("packet from " + remote.ip() + " before cookies are settled, dropped");
        }
    }

    /** A phase-1 message on an SA being set up: duplicates are answered (responder) or ignored, the rest go to its exchange. */
    private void onPhase1(Phase1Sa sa, IsakmpHeader h, byte[] data) throws DropPacket {
        if (h.messageId() != 0) {
            throw new DropPacket(modeName(h) + " packet with message ID " + h.messageId() + ", dropped");
        }
        if (h.exchangeType() != sa.exchangeType) {
            throw new DropPacket(modeName(h) + " packet on a " + modeName(sa.exchangeType) + " SA, dropped");
        }
        if (Arrays.equals(data, sa.retransmitter.lastReceived)) {
            // Only the side that sends the last message answers duplicates; the other relies on its own timer.
            if (sa.phase1.answersDuplicates() && sa.retransmitter.lastSent != null) {
                core.log.sa(sa, " phase 1 packet is a duplicate of a previous packet.");
                core.log.sa(sa, " retransmitting due to retransmit phase 1");
                core.sendRaw(sa, sa.retransmitter.lastSent);
            } else {
                core.log.sa(sa, " phase 1 packet is a duplicate of a previous packet.");
            }
            return;
        }
        if (sa.established) {
            throw new DropPacket(modeName(h) + " packet on an established SA, dropped");
        }
        sa.phase1.onMessage(h, data);
        sa.retransmitter.lastReceived = data;
    }

    private static String modeName(IsakmpHeader h) {
        return modeName(h.exchangeType());
    }

    private static String modeName(int exchangeType) {
        return exchangeType == ExchangeType.AGGRESSIVE ? "aggressive mode" : "main mode";
    }

    private void onQuickMode(Phase1Sa sa, IsakmpHeader h, byte[] data) throws DropPacket {
        if (!sa.established) {
            throw new DropPacket("quick mode packet before phase 1 completed, dropped");
        }
        Exchange exchange = sa.exchanges.get(h.messageId());
        if (exchange instanceof QuickModeExchange qm) {
            qm.onMessage(h, data);
            return;
        }
        if (exchange != null || h.messageId() == 0 || sa.seenMessageIds.contains(h.messageId())) {
            throw new DropPacket("quick mode packet with used message ID " + h.messageId() + " (replay), dropped");
        }
        QuickModeResponder.onFirstMessage(core, sa, h, data);
    }

    /**
     * A Transaction message (XAUTH, Mode Config): the answer to one of ours, a copy of the peer's last one, or a new
     * REQUEST/SET of the peer, which goes to the SA's Easy VPN side once it authenticated.
     */
    private void onTransaction(Phase1Sa sa, IsakmpHeader h, byte[] data) throws DropPacket {
        if (!sa.established) {
            throw new DropPacket("transaction packet before phase 1 completed, dropped");
        }
        int messageId = h.messageId();
        if (messageId == 0) {
            throw new DropPacket("transaction packet with message ID 0, dropped");
        }
        Exchange exchange = sa.exchanges.get(messageId);
        if (exchange instanceof TransactionRequest || exchange instanceof TransactionAnswer) {
            exchange.onMessage(h, data);
            return;
        }
        if (exchange != null || sa.seenMessageIds.contains(messageId)) {
            throw new DropPacket("transaction packet with used message ID " + messageId + " (replay), dropped");
        }
        Payload.Attributes attributes = TransactionMessages.open(sa, h, data);
        core.heard(sa);
        TransactionMessages.logReceived(core, sa, messageId, attributes);
        if (sa.remoteAccess == null) {
            sa.seenMessageIds.add(messageId);
            sa.phase2Iv.remove(messageId);
            throw new DropPacket("transaction exchange with a peer that is no Easy VPN peer, ignored");
        }
        TransactionAnswer answer = new TransactionAnswer(core, sa, messageId, attributes.identifier(), data);
        sa.exchanges.add(answer);
        sa.remoteAccess.onPeerMessage(answer, attributes);
    }

    /** Only a phase-1 offer (cleartext, no responder cookie, message ID 0) may open a new IKE SA. */
    private void acceptNewSa(Endpoint local, Endpoint remote, IsakmpHeader h, byte[] data) {
        BiFunction<EngineCore, Phase1Sa, Phase1Exchange> responder = responders.get(h.exchangeType());
        boolean offer = responder != null && h.messageId() == 0 && Arrays.equals(h.responderCookie(), new byte[8]) && !h.encrypted();
        if (!offer) {
            core.log.packetSyslog("%CRYPTO-4-IKMP_NO_SA: IKE message from " + remote.ip() + " has no SA and is not an initialization offer",
                    core.timers.now());
            return;
        }
        Phase1Sa sa = new Phase1Sa(Phase1Sa.Role.RESPONDER, local, remote, h.initiatorCookie().clone(), new Retransmitter(core.timers));
        sa.exchangeType = h.exchangeType();
        sa.phase1 = responder.apply(core, sa);
        core.log.received(sa, remote, local, true);
        core.log.newPeerStruct(sa, "crypto_isakmp_process_block", false);
        try {
            sa.phase1.onMessage(h, data);
        } catch (DropPacket d) {
            core.log.sa(sa, d.getMessage());
            return;
        }
        sa.retransmitter.lastReceived = data;
        core.ikeSas.add(sa);
        sa.lifetimeTimer = core.timers.schedule(HALF_OPEN_TIMEOUT_MS, () -> {
            if (!sa.established && !sa.deleted) {
                core.deleteIkeSa(sa, "Death by retransmission P1", false);
            }
        });
    }
}
