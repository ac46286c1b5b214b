package org.iosemu.ike.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.ClearFilter;
import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.IkeListener;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.TimerPort;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.PeerProfiles;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.EspKeys;

/**
 * The IKEv1 engine: the IKE SA table, the child (IPsec) SA table, the {@link Ikev1Dispatcher} that takes datagrams
 * to their exchanges, the phase-1 profiles, and the life of the SAs (phase 1 complete, keepalives, deletes, crypto
 * map peer failover). Single-threaded: callers serialise.
 */
public final class EngineCore {
    final DatagramPort net;
    final TimerPort timers;
    final RandomPort random;
    final DebugLog log;
    final Informational informational;
    IkeConfig config = IkeConfig.EMPTY;
    PeerProfiles profiles = PeerProfiles.of(IkeConfig.EMPTY);

    final IkeSaTable ikeSas = new IkeSaTable();
    final ChildSaTable childSas = new ChildSaTable();
    private final Ikev1Dispatcher dispatcher;
    private CryptoMapIndex mapIndex = new CryptoMapIndex(List.of());
    private final PeerFailover failover = new PeerFailover();
    private final SaIdleTimers idleTimers = new SaIdleTimers(this);
    private final DataPlane dataPlane = new DataPlane(this);
    final EasyVpnRemotes easyVpn = new EasyVpnRemotes(this);
    private int nextConnId = 1001;
    private int nextFlow = 1;
    private boolean shutDown;

    public EngineCore(DatagramPort net, TimerPort timers, RandomPort random, IkeListener listener) {
        this.net = net;
        this.timers = timers;
        this.random = random;
        this.log = new DebugLog(listener);
        this.informational = new Informational(this);
        this.dispatcher = new Ikev1Dispatcher(this);
    }

    // ------------------------------------------------------------------ configuration

    public void onConfigChanged(IkeConfig newConfig) {
        IkeConfig oldConfig = config;
        config = newConfig;
        profiles = PeerProfiles.of(newConfig);
        failover.retain(newConfig.cryptoMaps());
        for (Phase1Sa sa : ikeSas.list()) {
            if (sa.established && sa.natKeepalive == null) {
                NatKeepalive.start(this, sa);
            }
        }
        for (Phase1Sa sa : ikeSas.list()) {
            if (!sa.established) {
                continue;
            }
            Optional<DpdSettings> before = dpdSettings(oldConfig, sa.profile);
            sa.profile = profileOf(sa);
            if (!before.equals(dpdSettings(newConfig, sa.profile))) {
                if (sa.dpd != null) {
                    sa.dpd.stop();
                    sa.dpd = null;
                }
                startKeepalives(sa);
            }
        }
        easyVpn.configure(newConfig.easyVpnRemotes());
    }

    /** The SA's profile in the current configuration; the one it had if none serves it any more. */
    private PeerProfile profileOf(Phase1Sa sa) {
        return profiles.select(sa.remote.ip(), Optional.ofNullable(sa.peerIdentity)).orElse(sa.profile);
    }

    /** A profile's own keepalive, else the global one. */
    private static Optional<DpdSettings> dpdSettings(IkeConfig config, PeerProfile profile) {
        return profile != null && profile.keepalive().isPresent() ? profile.keepalive() : config.keepalive();
    }

    // ------------------------------------------------------------------ IKE datagrams

    public void onDatagram(Endpoint local, Endpoint remote, byte[] data) {
        if (!shutDown) {
            dispatcher.onDatagram(local, remote, data);
        }
    }

    /** Live IKE SAs (for tests in this package). */
    List<Phase1Sa> ikeSas() {
        return ikeSas.list();
    }

    // ------------------------------------------------------------------ sending

    void sendRaw(Phase1Sa sa, byte[] message) {
        log.sending(sa);
        sa.lastSent = timers.now();
        net.send(sa.local, sa.remote, message);
    }

    /** Sends a Main Mode message; the initiator retransmits it until the answer comes. */
    void sendPhase1(Phase1Sa sa, byte[] message) {
        sendPhase1(sa, message, sa.initiator());
    }

    /**
     * Sends a phase-1 message, resent until the answer comes if {@code untilAnswered} (every Main Mode message of
     * the initiator; the Aggressive Mode responder's second message, since the initiator sends the last one).
     */
    void sendPhase1(Phase1Sa sa, byte[] message, boolean untilAnswered) {
        sa.retransmitter.lastSent = message;
        sendRaw(sa, message);
        if (untilAnswered) {
            sa.retransmitter.arm(() -> {
                log.sa(sa, " retransmitting phase 1 " + sa.mmState + "...");
                log.raw("ISAKMP (0:" + sa.connId + "): incrementing error counter on sa, attempt " + sa.retransmitter.attempts() + " of " + Retransmitter.MAX_RETRIES + ": retransmit phase 1");
                log.sa(sa, " retransmitting phase 1 " + sa.mmState);
                sendRaw(sa, sa.retransmitter.lastSent);
            }, () -> phase1Failed(sa));
        }
    }

    private void phase1Failed(Phase1Sa sa) {
        log.sa(sa, " retransmitting phase 1 " + sa.mmState + "...");
        log.sa(sa, "peer does not do paranoid keepalives.\n");
        deleteIkeSa(sa, "Death by retransmission P1", false);
        failOver(sa.remote.ip(), "no answer to phase 1");
    }

    // ------------------------------------------------------------------ allocation

    int allocateConnId() {
        return nextConnId++;
    }

    /** The inbound flow id of a new SA pair (the outbound one is the next): 1, 3, 5, ... never reused. */
    private int allocateFlowPair() {
        int flow = nextFlow;
        nextFlow += 2;
        return flow;
    }

    byte[] newCookie() {
        byte[] c;
        do {
            c = random.bytes(8);
        } while (Arrays.equals(c, new byte[8]) || ikeSas.cookieInUse(c));
        return c;
    }

    int newMessageId(Phase1Sa sa) {
        int id;
        do {
            id = random.nextInt();
        } while (id == 0 || sa.seenMessageIds.contains(id) || sa.exchanges.uses(id));
        return id;
    }

    int allocateSpi() {
        int spi;
        do {
            spi = random.nextInt();
        } while ((spi & 0xffffff00) == 0 || childSas.spiInUse(spi));
        return spi;
    }

    void heard(Phase1Sa sa) {
        sa.lastHeard = timers.now();
    }

    // ------------------------------------------------------------------ phase 1 life cycle

    void phase1Complete(Phase1Sa sa) {
        sa.established = true;
        sa.establishedAt = timers.now();
        sa.lastHeard = sa.establishedAt;
        sa.mmState = "QM_IDLE";
        sa.retransmitter.cancel();
        if (sa.lifetimeTimer != null) {
            sa.lifetimeTimer.cancel();
        }
        sa.lifetimeTimer = timers.schedule(sa.lifetimeMillis, () -> {
            if (!sa.deleted) {
                deleteIkeSa(sa, "Lifetime expired", true);
            }
        });
        log.syslog("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer " + sa.remote.ip() + ":" + sa.remote.port() + "       Id: " + sa.remote.ip());
        log.event(new IkeEvent.IkeSaUp(sa.connId, sa.local.ip(), sa.remote.ip()));
        startKeepalives(sa);
        NatKeepalive.start(this, sa);
        if (sa.remoteAccess == null) {
            sa.remoteAccess = RemoteAccessServer.forSa(this, sa);
        }
        if (sa.remoteAccess != null) {
            // XAUTH and Mode Config move the FSM on from IKE_P1_COMPLETE: IOS logs the completion first
            log.transition(sa, "IKE_MESG_INTERNAL, IKE_PHASE1_COMPLETE", "IKE_P1_COMPLETE");
            sa.remoteAccess.phase1Complete();
            sa.exchanges.phase1Complete();
            reportInvalidSpis(sa);
            return;
        }
        sa.exchanges.phase1Complete();
        reportInvalidSpis(sa);
        log.transition(sa, "IKE_MESG_INTERNAL, IKE_PHASE1_COMPLETE", "IKE_P1_COMPLETE");
    }

    /**
     * DPD (the profile's keepalive, else the global one) if the peer advertised it; IOS-style keepalives for a
     * Unity peer without DPD; otherwise none.
     */
    private void startKeepalives(Phase1Sa sa) {
        Optional<DpdSettings> ka = dpdSettings(config, sa.profile);
        if (ka.isEmpty()) {
            return;
        }
        if (!sa.peerDpd && !sa.peerUnity) {
            log.sa(sa, "peer supports neither DPD nor IOS keepalives, keepalives disabled");
            return;
        }
        if (!sa.peerDpd) {
            log.sa(sa, "peer is an IOS box without DPD, using IOS keepalives");
        }
        sa.dpd = new DpdMonitor(this, sa, ka.get());
        sa.dpd.start();
    }

    /** DPD declared the peer dead: the seed chapter's sequence, then failover to the next `set peer`. */
    void peerDead(Phase1Sa sa) {
        String peer = sa.remote.ip().toString();
        log.sa(sa, "peer " + peer + " not responding!");
        log.sa(sa, "peer does not do paranoid keepalives.\n");
        log.sa(sa, deletingSaLine(sa, "peers alive") + " input queue 0");
        if (log.enabled()) {
            log.global("Unlocking IPSEC struct 0x" + log.peerStruct(sa) + " from delete_siblings, count 0");
        }
        log.syslog(downSyslog(sa));
        informational.sendDelete(sa, Proposal.PROTO_ISAKMP, List.of(sa.cookies()));
        log.input(sa, "IKE_MESG_FROM_TIMER, IKE_TIMER_PEERS_ALIVE");
        log.states(sa, sa.fsm, "IKE_DEST_SA");
        sa.fsm = "IKE_DEST_SA";
        log.sa(sa, deletingSaLine(sa, "peers alive") + " input queue 0");
        if (log.enabled()) {
            log.global("Unlocking IKE struct 0x" + log.peerStruct(sa) + " for isadb_mark_sa_deleted(), count 0");
            log.global("Deleting peer node by peer_reap for " + peer + ": " + log.peerStruct(sa));
        }
        List<Integer> nodes = sa.nodes.ids(timers.now());
        for (int node : nodes) {
            log.sa(sa, "deleting node " + node + " error TRUE reason \"peers alive\"");
        }
        List<IpsecSaState> children = new ArrayList<>();
        for (IpsecSaState s : childSas.withPeer(sa.remote.ip())) {
            if (s.local.ip().equals(sa.local.ip())) {
                children.add(s);
            }
        }
        children.forEach(s -> removeIpsec(s, "peers alive"));
        remove(sa, "peers alive");
        log.event(new IkeEvent.IkeSaDown(sa.connId, sa.local.ip(), sa.remote.ip(), "peers alive"));
        log.transition(sa, "IKE_MESG_INTERNAL, IKE_PHASE1_DEL", "IKE_DEST_SA");
        deadPeerAftermath(sa, nodes, children);
        failOver(sa.remote.ip(), "peer dead");
    }

    /** Stateless failover: each entry whose current peer is {@code dead} moves on, and says so to the listener. */
    private void failOver(Ipv4 dead, String reason) {
        for (PeerFailover.Move m : failover.peerFailed(config.cryptoMaps(), dead)) {
            log.event(new IkeEvent.PeerChanged(m.entry().mapName(), m.entry().seq(), m.from(), m.to(), reason));
        }
    }

    /**
     * What IOS prints after a dead peer's phase-1 delete, as in the seed chapter's log: IPsec asks IKE to delete its
     * SAs (the key-engine messages), each IPsec SA's DELETE is dropped because the ISAKMP SA is gone, and the
     * half-built SA struct left over from the request is deleted with the nodes once more.
     */
    private void deadPeerAftermath(Phase1Sa sa, List<Integer> nodes, List<IpsecSaState> children) {
        if (!log.enabled()) {
            return;
        }
        log.global("received ke message (4/1)");
        log.global("received ke message (3/1)");
        for (IpsecSaState s : children) {
            log.global(String.format("ignoring request to send delete notify (no ISAKMP sa) src %s dst %s for SPI 0x%08X",
                    sa.local.ip(), sa.remote.ip(), s.spiIn));
        }
        log.sa(sa, "deleting SA reason \"\" state (" + sa.roleChar() + ") MM_NO_STATE (peer " + sa.remote.ip() + ") input queue 0");
        for (int node : nodes) {
            log.sa(sa, "deleting node " + node + " error FALSE reason \"\"");
        }
        log.input(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH");
        log.states(sa, "IKE_DEST_SA", "IKE_DEST_SA");
    }

    private static String deletingSaLine(Phase1Sa sa, String reason) {
        return "deleting SA reason \"" + reason + "\" state (" + sa.roleChar() + ") " + DebugLog.pad(sa.mmState) + " (peer " + sa.remote.ip() + ")";
    }

    private static String downSyslog(Phase1Sa sa) {
        return "%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer " + sa.remote.ip() + ":" + sa.remote.port() + " Id: " + sa.remote.ip();
    }

    void deleteIkeSa(Phase1Sa sa, String reason, boolean notifyPeer) {
        deleteIkeSa(sa, reason, notifyPeer, () -> { });
    }

    /** {@code afterDeletingLine}: what the cause of the delete still does right after the `deleting SA` line. */
    void deleteIkeSa(Phase1Sa sa, String reason, boolean notifyPeer, Runnable afterDeletingLine) {
        if (sa.deleted) {
            return;
        }
        if (notifyPeer && sa.established) {
            informational.sendDelete(sa, Proposal.PROTO_ISAKMP, List.of(sa.cookies()));
        }
        log.sa(sa, deletingSaLine(sa, reason));
        afterDeletingLine.run();
        if (sa.established) {
            log.syslog(downSyslog(sa));
            log.event(new IkeEvent.IkeSaDown(sa.connId, sa.local.ip(), sa.remote.ip(), reason));
        }
        List<Integer> nodes = sa.nodes.ids(timers.now());
        remove(sa, reason);
        log.transition(sa, "IKE_MESG_INTERNAL, IKE_PHASE1_DEL", "IKE_DEST_SA");
        reapPeerStruct(sa, reason, nodes);
    }

    /**
     * How a classic 15.x phase-1 delete ends (the reference sample of a peer's DELETE): the SA is deleted once
     * more (that line ends in a blank), its peer struct is unlocked and reaped, and its nodes go with it.
     */
    private void reapPeerStruct(Phase1Sa sa, String reason, List<Integer> nodes) {
        if (!log.enabled()) {
            return;
        }
        log.sa(sa, deletingSaLine(sa, reason) + " ");
        log.global("Unlocking peer struct 0x" + log.peerStruct(sa) + " for isadb_mark_sa_deleted(), count 0");
        log.global("Deleting peer node by peer_reap for " + sa.remote.ip() + ": " + log.peerStruct(sa));
        for (int node : nodes) {
            log.sa(sa, "deleting node " + node + " error FALSE reason \"IKE deleted\"");
        }
        log.input(sa, "IKE_MESG_FROM_PEER, IKE_MM_EXCH");
        log.states(sa, "IKE_DEST_SA", "IKE_DEST_SA");
    }

    private void remove(Phase1Sa sa, String reason) {
        if (sa.deleted) {
            return;
        }
        sa.deleted = true;
        sa.retransmitter.cancel();
        if (sa.dpd != null) {
            sa.dpd.stop();
        }
        if (sa.lifetimeTimer != null) {
            sa.lifetimeTimer.cancel();
        }
        if (sa.natKeepalive != null) {
            sa.natKeepalive.cancel();
        }
        sa.exchanges.abortAll();
        sa.nodes.clear();
        ikeSas.remove(sa);
        if (sa.remoteAccess != null) {
            sa.remoteAccess.saGone(reason);
        }
    }

    /**
     * INITIAL_CONTACT: the peer restarted, so older established SAs with it are stale. One still in phase 1 is not:
     * when both ends initiate at once (two tunnel interfaces coming up together), each one's own negotiation
     * completes as well.
     */
    void initialContact(Phase1Sa fresh) {
        for (Phase1Sa old : ikeSas.withPeer(fresh.remote.ip())) {
            if (old != fresh && old.established && old.local.ip().equals(fresh.local.ip())) {
                deleteIkeSa(old, "Receive initial contact", false);
            }
        }
        for (IpsecSaState s : childSas.withPeer(fresh.remote.ip())) {
            if (s.local.ip().equals(fresh.local.ip())) {
                removeIpsec(s, "initial contact");
            }
        }
    }

    // ------------------------------------------------------------------ IPsec SAs

    IpsecSaState installIpsec(Phase1Sa sa, ChildPolicy entry, ProxyIdentity proxy, QuickModeSupport.Match match, int spiIn, int spiOut,
                      byte[] nonceI, byte[] nonceR, byte[] pfsSecret) {
        EspTransform ts = match.transformSet();
        int len = ts.cipher().cipher().keyLength() + ts.auth().integrity().keyLength();
        EspKeys in = EspKeys.fromKeymat(ts.cipher().cipher(), ts.auth().integrity(),
                sa.crypto.keymat(sa.keys.skeyidD(), pfsSecret, Proposal.PROTO_ESP, Bytes.u32(spiIn), nonceI, nonceR, len));
        EspKeys out = EspKeys.fromKeymat(ts.cipher().cipher(), ts.auth().integrity(),
                sa.crypto.keymat(sa.keys.skeyidD(), pfsSecret, Proposal.PROTO_ESP, Bytes.u32(spiOut), nonceI, nonceR, len));
        long seconds = Math.min(entry.lifetimeSeconds(), match.lifetimeSeconds());
        long kb = Math.min(entry.lifetimeKilobytes(), match.lifetimeKb());
        IpsecSaState s = new IpsecSaState(entry, sa.local, sa.remote, proxy, ts, match.pfsGroup(), match.udpEncapsulated(), spiIn, spiOut, in, out, sa.connId,
                allocateFlowPair(), timers.now(), seconds * 1000, kb);
        childSas.add(s);
        s.expiry = timers.schedule(s.lifetimeMillis, () -> deleteIpsec(s, "lifetime expired", true));
        idleTimers.arm(s);
        log.event(new IkeEvent.IpsecSaUp(entry.mapName(), entry.seq(), sa.remote.ip(), spiIn, spiOut));
        if (entry.origin() instanceof org.iosemu.ike.config.PolicyOrigin.EasyVpn) {
            easyVpn.byPolicyKey(entry.key()).ifPresent(EasyVpnSession::childUp);
        }
        return s;
    }

    /**
     * The initiator of a quick mode renegotiates at 90% of the lifetime if the SA carried traffic, so a busy
     * tunnel does not lose packets at expiry; the new SA takes over and the old one runs out.
     */
    void scheduleRekey(IpsecSaState s, SaRequest request) {
        s.softExpiry = timers.schedule(s.lifetimeMillis * 9 / 10, () -> {
            if (childSas.contains(s) && s.encaps + s.decaps > 0) {
                requestSa(request);
            }
        });
    }

    void deleteIpsecByOutboundSpi(Phase1Sa sa, int spiOut) {
        for (IpsecSaState s : childSas.withPeer(sa.remote.ip())) {
            if (s.spiOut == spiOut) {
                removeIpsec(s, "peer deleted");
            }
        }
    }

    void deleteIpsec(IpsecSaState s, String reason, boolean notifyPeer) {
        if (!childSas.contains(s)) {
            return;
        }
        if (notifyPeer) {
            ikeSas.established(s.local.ip(), s.remote.ip())
                    .ifPresent(sa -> informational.sendDelete(sa, Proposal.PROTO_ESP, List.of(Bytes.u32(s.spiIn))));
        }
        removeIpsec(s, reason);
    }

    private void removeIpsec(IpsecSaState s, String reason) {
        if (!childSas.remove(s)) {
            return;
        }
        // a rekey's predecessor: its counts stay with the flow, in the newest SA that carries it on
        IpsecSaState successor = null;
        for (IpsecSaState o : childSas.withPeer(s.remote.ip())) {
            if (o.sameFlow(s)) {
                successor = o;
            }
        }
        if (successor != null) {
            successor.carried = successor.carried.plus(s.flowCounts());
        }
        if (s.expiry != null) {
            s.expiry.cancel();
        }
        if (s.softExpiry != null) {
            s.softExpiry.cancel();
        }
        if (s.idleCheck != null) {
            s.idleCheck.cancel();
        }
        log.event(new IkeEvent.IpsecSaDown(s.policy.mapName(), s.policy.seq(), s.remote.ip(), s.spiIn, s.spiOut, reason));
    }

    /** An idle timer with `default`: the entry's next negotiation goes to its default peer again. */
    void returnToDefaultPeer(ChildPolicy entry) {
        failover.returnToDefault(entry).ifPresent(m -> log.event(
                new IkeEvent.PeerChanged(m.entry().mapName(), m.entry().seq(), m.from(), m.to(), "idle, back to default")));
    }

    /** The crypto map entry a responder uses for a proposed pair of identities. */
    ChildPolicy responderEntry(Phase1Sa sa, Ipv4[] localSide, Ipv4[] remoteSide, int protocol) {
        if (!usesAssignedAddress(sa, remoteSide)) {
            return null;
        }
        if (!mapIndex.indexes(config.cryptoMaps())) {
            mapIndex = new CryptoMapIndex(config.cryptoMaps());
        }
        for (ChildPolicy e : mapIndex.entries(sa.local.ip(), sa.remote.ip())) {
            for (ProxyIdentity p : e.proxies()) {
                if (QuickModeSupport.covers(p.srcNet(), p.srcMask(), localSide[0], localSide[1])
                        && QuickModeSupport.covers(p.dstNet(), p.dstMask(), remoteSide[0], remoteSide[1])
                        && (p.protocol() == 0 || p.protocol() == protocol)) {
                    return e;
                }
            }
        }
        return templateEntry(sa, localSide, remoteSide, protocol);
    }

    /**
     * A dynamic map entry for a peer no static entry serves: the first template on this local address that
     * accepts the peer (any, or one of its `set peer`s) and, if it has an ACL, covers the proposed identities.
     */
    private ChildPolicy templateEntry(Phase1Sa sa, Ipv4[] localSide, Ipv4[] remoteSide, int protocol) {
        for (ChildPolicy e : config.cryptoMaps()) {
            if (!e.isTemplate() || !e.localAddress().equals(sa.local.ip())
                    || !(e.peers().isEmpty() || e.peers().stream().anyMatch(p -> p.address().equals(sa.remote.ip())))) {
                continue;
            }
            if (e.proxies().isEmpty()) {
                return e;
            }
            for (ProxyIdentity p : e.proxies()) {
                if (QuickModeSupport.covers(p.srcNet(), p.srcMask(), localSide[0], localSide[1])
                        && QuickModeSupport.covers(p.dstNet(), p.dstMask(), remoteSide[0], remoteSide[1])
                        && (p.protocol() == 0 || p.protocol() == protocol)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** An Easy VPN client that got an address from this server must use it (alone) as its side of every SA. */
    private static boolean usesAssignedAddress(Phase1Sa sa, Ipv4[] remoteSide) {
        return !(sa.remoteAccess instanceof RemoteAccessServer server) || server.assignedAddress().isEmpty()
                || remoteSide[0].equals(server.assignedAddress().get()) && remoteSide[1].bits() == -1;
    }

    /** The child SAs of an Easy VPN remote's policy go with its IKE SA. */
    void dropChildSas(ChildPolicy policy) {
        for (IpsecSaState s : childSas.list()) {
            if (s.policy.key().equals(policy.key())) {
                removeIpsec(s, "ezvpn down");
            }
        }
    }

    /**
     * Starts an Easy VPN remote's Aggressive Mode to {@code peer}: its group as ID_KEY_ID, its key, its built-in
     * proposals offered with XAUTH; null (and the IOS lines) when the router has no address to start from.
     */
    Phase1Sa startEasyVpnPhase1(EasyVpnSession session, Ipv4 peer) {
        org.iosemu.ike.config.EasyVpnRemote remote = session.config();
        Phase1Sa sa = new Phase1Sa(Phase1Sa.Role.INITIATOR, Endpoint.ike(remote.localAddress()), Endpoint.ike(peer), newCookie(), new Retransmitter(timers));
        log.newPeerStruct(sa, "isakmp_initiator", true);
        sa.profile = new PeerProfile("ezvpn " + remote.name(),
                List.of(new PeerProfile.PeerMatch.ByAddress(peer, new Ipv4(-1))), remote.groupKey(), Optional.empty(),
                PeerProfile.XauthSettings.NONE, PeerProfile.ModeConfigSettings.NONE,
                PeerProfile.Initiation.aggressive(new org.iosemu.ike.config.PeerIdentity.KeyId(remote.group())));
        sa.psk = remote.groupKey().getBytes(StandardCharsets.US_ASCII);
        sa.offeredPolicies = remote.proposals();
        sa.remoteAccess = new RemoteAccessClient(session, sa);
        log.sa(sa, "found peer pre-shared key matching " + peer);
        ikeSas.add(sa);
        AggressiveModeInitiator am = new AggressiveModeInitiator(this, sa);
        sa.phase1 = am;
        am.start();
        return sa;
    }

    // ------------------------------------------------------------------ data plane

    public OutboundResult outbound(Ipv4 src, Ipv4 dst, byte[] packet) {
        return shutDown ? new OutboundResult.NotProtected() : dataPlane.outbound(src, dst, packet);
    }

    /** A packet leaving an interface whose output feature is {@code scope}: its crypto map or its Easy VPN tunnel. */
    public OutboundResult outbound(org.iosemu.ike.OutboundScope scope, Ipv4 src, Ipv4 dst, byte[] packet, org.iosemu.ike.EgressMtu mtu) {
        return shutDown ? new OutboundResult.NotProtected() : dataPlane.outbound(src, dst, packet, scope, mtu);
    }

    /** Whether a policy of {@code scope} takes the packet (encrypts it or drops it, never sends it in clear). */
    public boolean covers(org.iosemu.ike.OutboundScope scope, Ipv4 src, Ipv4 dst, byte[] packet) {
        return !shutDown && dataPlane.covers(src, dst, packet, scope);
    }

    /** Path MTU discovery: every SA from {@code local} to {@code peer} learns the path's MTU. */
    public void pathMtuDiscovered(Ipv4 local, Ipv4 peer, int mtu) {
        for (IpsecSaState s : childSas.view()) {
            if (s.local.ip().equals(local) && s.remote.ip().equals(peer) && mtu >= IpsecSaState.MIN_PATH_MTU) {
                s.learnPathMtu(mtu, timers.now());
            }
        }
    }

    public void sendError(int spi) {
        for (IpsecSaState s : childSas.view()) {
            if (s.spiOut == spi) {
                s.sendErrors++;
            }
        }
    }

    /**
     * Negotiates the IPsec SA of the policy with {@code policyKey} (its first proxy identity) without waiting for
     * traffic, as a tunnel interface does when it comes up; nothing if the policy is unknown, responder-only
     * policies aside (the caller decides), or an SA or negotiation for it exists.
     */
    public void initiate(String policyKey) {
        if (shutDown) {
            return;
        }
        for (ChildPolicy e : config.cryptoMaps()) {
            if (e.key().equals(policyKey) && !e.proxies().isEmpty()) {
                boolean up = childSas.view().stream().anyMatch(s -> s.policy.key().equals(policyKey));
                if (!up) {
                    requestSa(new SaRequest(e, e.proxies().get(0)));
                }
                return;
            }
        }
    }

    void requestSa(SaRequest request) {
        ChildPolicy entry = request.entry();
        Ipv4 peer = failover.current(entry);
        if (peer == null) {
            return;
        }
        Phase1Sa ike = ikeSas.forNewExchanges(entry.localAddress(), peer);
        if (ike != null && ike.established) {
            boolean inFlight = ike.exchanges.exchanges().stream().anyMatch(e -> e instanceof QuickModeExchange q
                    && !q.finished() && q.request() != null && q.request().key().equals(request.key()));
            if (!inFlight) {
                ike.exchanges.queueQuickMode(request.key(), QuickModeInitiator.starter(this, ike, request));
            }
            return;
        }
        if (ike != null) {
            if (ike.initiator()) {
                ike.exchanges.queueQuickMode(request.key(), QuickModeInitiator.starter(this, ike, request));
            }
            return;
        }
        startPhase1(Endpoint.ike(entry.localAddress()), Endpoint.ike(peer), request);
    }

    /**
     * Invalid SPI recovery: report {@code spi} to the peer that used it, over an established IKE SA, or one
     * set up for the purpose (its INITIAL_CONTACT already makes the peer drop the stale SAs).
     */
    void recoverInvalidSpi(Ipv4 local, Ipv4 remote, int spi) {
        Phase1Sa ike = ikeSas.forNewExchanges(local, remote);
        if (ike == null) {
            ike = startPhase1(Endpoint.ike(local), Endpoint.ike(remote), null);
            if (ike == null) {
                return;
            }
        }
        ike.invalidSpis.add(spi);
        if (ike.established) {
            reportInvalidSpis(ike);
        }
    }

    private void reportInvalidSpis(Phase1Sa sa) {
        for (int spi : List.copyOf(sa.invalidSpis)) {
            if (sa.reportedSpis.add(spi)) {
                informational.sendNotify(sa, Proposal.PROTO_ESP, NotifyType.INVALID_SPI, Bytes.u32(spi));
            }
        }
        sa.invalidSpis.clear();
    }

    /**
     * Starts phase 1 in the mode the peer's profile asks for (Main Mode unless it says Aggressive Mode);
     * {@code request} (may be null) is the quick mode to run once phase 1 is up.
     */
    private Phase1Sa startPhase1(Endpoint local, Endpoint remote, SaRequest request) {
        Phase1Sa sa = new Phase1Sa(Phase1Sa.Role.INITIATOR, local, remote, newCookie(), new Retransmitter(timers));
        log.newPeerStruct(sa, "isakmp_initiator", true);
        Optional<PeerProfile> profile = profiles.forAddress(remote.ip());
        if (profile.isEmpty() || config.policies().isEmpty()) {
            log.sa(sa, "No pre-shared key with " + remote.ip() + "!");
            log.sa(sa, "No Cert or pre-shared address key.");
            log.sa(sa, "construct_initial_message: Can not start Main mode");
            return null;
        }
        boolean aggressive = profile.get().initiation().aggressive();
        if (!aggressive) {
            log.sa(sa, "Can not start Aggressive mode, trying Main mode.");
        }
        log.sa(sa, "found peer pre-shared key matching " + remote.ip());
        sa.profile = profile.get();
        sa.psk = profile.get().preSharedKey().getBytes(StandardCharsets.US_ASCII);
        if (request != null) {
            sa.exchanges.queueQuickMode(request.key(), QuickModeInitiator.starter(this, sa, request));
        }
        ikeSas.add(sa);
        if (aggressive) {
            AggressiveModeInitiator am = new AggressiveModeInitiator(this, sa);
            sa.phase1 = am;
            am.start();
        } else {
            MainModeInitiator mm = new MainModeInitiator(this, sa);
            sa.phase1 = mm;
            mm.start();
        }
        return sa;
    }

    public InboundResult inboundEsp(Ipv4 src, Ipv4 dst, byte[] esp) {
        return shutDown ? new InboundResult.Dropped("engine shut down") : dataPlane.inboundEsp(src, dst, esp);
    }

    // ------------------------------------------------------------------ show / clear

    public IkeSnapshot snapshot() {
        List<IkeSnapshot.CurrentPeer> peers = new ArrayList<>();
        for (ChildPolicy e : config.cryptoMaps()) {
            Ipv4 p = failover.current(e);
            if (p != null) {
                peers.add(new IkeSnapshot.CurrentPeer(e.mapName(), e.seq(), p));
            }
        }
        return SnapshotBuilder.build(timers.now(), ikeSas.list(), childSas.list(), peers);
    }

    /** `crypto ipsec client ezvpn connect [NAME]`; false if no such remote. */
    public boolean easyVpnConnect(Optional<String> name) {
        Optional<EasyVpnSession> s = easyVpn.find(name);
        s.ifPresent(EasyVpnSession::connect);
        return s.isPresent();
    }

    /** The user's answer to a pending XAUTH request (`crypto ipsec client ezvpn xauth`); false if none is pending. */
    public boolean easyVpnCredentials(Optional<String> name, String user, String password) {
        return easyVpn.find(name).map(s -> s.credentials(user, password)).orElse(false);
    }

    /** `clear crypto ipsec client ezvpn [NAME]`; false if no such remote. */
    public boolean easyVpnClear(Optional<String> name) {
        Optional<EasyVpnSession> s = easyVpn.find(name);
        s.ifPresent(EasyVpnSession::clear);
        return s.isPresent();
    }

    public List<org.iosemu.ike.EasyVpnStatus> easyVpnStatus() {
        return easyVpn.status();
    }

    /** The remote-access clients this server serves: user, group and assigned address per IKE SA. */
    public List<org.iosemu.ike.RemoteAccessSession> remoteAccessSessions() {
        List<org.iosemu.ike.RemoteAccessSession> out = new ArrayList<>();
        for (Phase1Sa sa : ikeSas.list()) {
            if (sa.remoteAccess instanceof RemoteAccessServer server && sa.established) {
                out.add(new org.iosemu.ike.RemoteAccessSession(sa.connId, sa.local.ip(), sa.remote.ip(), server.user(), server.group(),
                        server.assignedAddress()));
            }
        }
        return out;
    }

    public org.iosemu.ike.KeyLog keyLog() {
        return KeyLogBuilder.build(ikeSas.list(), childSas.list());
    }

    /** Router reload or power-off: forget every SA silently (no DELETE sent) and cancel all timers. */
    public void shutdown() {
        shutDown = true;
        for (IpsecSaState s : childSas.list()) {
            removeIpsec(s, "shutdown");
        }
        for (Phase1Sa sa : ikeSas.list()) {
            remove(sa, "shutdown");
        }
    }

    /** Deletes matching IPsec and/or IKE SAs, notifying the peer where an IKE SA exists; returns how many. */
    public int clear(ClearFilter filter, boolean ike, boolean ipsec) {
        int n = 0;
        if (ipsec) {
            for (IpsecSaState s : childSas.list()) {
                if (filter.matches(s.local, s.remote, s.connId)) {
                    deleteIpsec(s, "clear", true);
                    n++;
                }
            }
        }
        if (ike) {
            for (Phase1Sa sa : ikeSas.list()) {
                if (filter.matches(sa.local, sa.remote, sa.connId)) {
                    deleteIkeSa(sa, "User Initiated", true);
                    n++;
                }
            }
        }
        return n;
    }
}
