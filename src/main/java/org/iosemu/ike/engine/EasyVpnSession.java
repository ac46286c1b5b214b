package org.iosemu.ike.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.codec.Attribute;
import org.iosemu.ike.codec.ConfigAttributes;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.ClearTextCheck;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.PolicyOrigin;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.SaIdleTimer;
import org.iosemu.ike.config.SplitNetwork;
import org.iosemu.ike.config.TrafficSelector;

/**
 * The state machine of one Easy VPN remote, with the names `show crypto ipsec client ezvpn` prints:
 * CONNECT_REQUIRED → (CONNECT) READY → IKE_PEND (Aggressive Mode to the current peer) → (XAUTH_REQUEST) XAUTH_REQ
 * → (XAUTH_PROMPTING) XAUTH_PROMPT while the user is asked → (XAUTH_REQ_INFO_READY) XAUTH_REPLIED → (XAUTH_STATUS,
 * then MODE_CONFIG_REPLY) SS_OPEN → (SOCKET_UP, the first IPsec SA) IPSEC_ACTIVE; any loss of the IKE SA →
 * (RESET) CONNECT_REQUIRED. A dead current peer (DPD) or one that never answers phase 1 makes the next `peer` line
 * current, wrapping round, and with `connect auto` the remote connects there at once. A failed XAUTH or a server
 * that deletes the SA while it is being set up waits for `crypto ipsec client ezvpn connect`.
 */
final class EasyVpnSession {
    /** The map name and sequence IOS shows the remote's SAs under. [inferred] */
    static final int MAP_SEQ = 65536;

    private final EngineCore core;
    private EasyVpnRemote config;
    private String state = "CONNECT_REQUIRED";
    private String lastEvent = "RESET";
    private int peerIndex;
    private Phase1Sa sa;
    private TransactionAnswer pendingXauth;
    /** Credentials the user typed, kept for reconnects only while the server allows saving them. */
    private Optional<EasyVpnRemote.Credentials> entered = Optional.empty();
    private Optional<String> user = Optional.empty();
    private Received received = Received.NONE;
    private ChildPolicy childPolicy;
    private boolean up;
    /** Where the setup of the current SA is: XAUTH answered and accepted, Mode Config taken. */
    private boolean xauthReplied;
    private boolean xauthDone;
    private boolean configured;

    /** What Mode Config gave the remote. */
    private record Received(Optional<Ipv4> address, Optional<Ipv4> mask, List<Ipv4> dns, List<Ipv4> wins, Optional<String> domain,
                            List<SplitNetwork> split, boolean savePassword, boolean includeLocalLan, boolean pfs,
                            Optional<String> banner, List<String> backupServers) {
        static final Received NONE = new Received(Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(),
                false, false, false, Optional.empty(), List.of());
    }

    EasyVpnSession(EngineCore core, EasyVpnRemote config) {
        this.core = core;
        this.config = config;
    }

    EasyVpnRemote config() {
        return config;
    }

    /** A changed configuration of the same remote: a new peer list starts at its first peer. */
    void reconfigure(EasyVpnRemote newConfig) {
        if (!newConfig.peers().equals(config.peers())) {
            peerIndex = 0;
        }
        config = newConfig;
    }

    Optional<Ipv4> currentPeer() {
        return config.peers().isEmpty() ? Optional.empty() : Optional.of(config.peers().get(Math.min(peerIndex, config.peers().size() - 1)));
    }

    ChildPolicy childPolicy() {
        return childPolicy;
    }

    private void setState(String newState, String event) {
        state = newState;
        lastEvent = event;
        core.log.event(new IkeEvent.EasyVpnStateChanged(config.name(), state, lastEvent));
    }

    // ------------------------------------------------------------------ connecting

    /** `connect auto` on configuration, `crypto ipsec client ezvpn connect`: Aggressive Mode to the current peer. */
    void connect() {
        if (!state.equals("CONNECT_REQUIRED") || currentPeer().isEmpty()) {
            return;
        }
        setState("READY", "CONNECT");
        Phase1Sa started = core.startEasyVpnPhase1(this, currentPeer().get());
        if (started == null) {
            setState("CONNECT_REQUIRED", "RESET");
            return;
        }
        sa = started;
        xauthReplied = false;
        xauthDone = false;
        configured = false;
        if (!sa.deleted && !sa.established) {
            setState("IKE_PEND", "CONNECT");
        }
    }

    void phase1Complete(Phase1Sa of) {
        if (of != sa) {
            return;
        }
        if (!sa.xauthAuthentication) {
            xauthDone = true;
            requestModeConfig();
        }
    }

    // ------------------------------------------------------------------ the server's transactions

    void onServerMessage(Phase1Sa of, TransactionAnswer answer, Payload.Attributes message) {
        if (of != sa) {
            return;
        }
        boolean xauth = message.attributes().stream().anyMatch(a -> a.type() >= ConfigAttributes.XAUTH_TYPE && a.type() <= ConfigAttributes.XAUTH_ANSWER);
        // each message only in its phase: what an authenticated server sends out of turn does not move the remote
        if (message.cfgType() == ConfigAttributes.CFG_REQUEST && xauth && sa.xauthAuthentication && !xauthDone) {
            onXauthRequest(answer, message);
        } else if (message.cfgType() == ConfigAttributes.CFG_SET && xauth && xauthReplied && !xauthDone) {
            onXauthStatus(answer, message);
        } else if (message.cfgType() == ConfigAttributes.CFG_SET && !xauth && xauthDone && !configured) {
            TransactionMessages.logChecking(core, sa, "SET", message.attributes());
            List<Attribute> acked = new ArrayList<>();
            message.attributes().forEach(a -> acked.add(ConfigAttributes.empty(a.type())));
            answer.answer(new Payload.Attributes(ConfigAttributes.CFG_ACK, answer.identifier(), acked), "Transaction mode done");
            modeConfigReceived(message);
        } else {
            core.log.sa(sa, "transaction message " + ConfigAttributes.cfgTypeName(message.cfgType()) + " from the server out of turn, ignored");
        }
    }

    private void onXauthRequest(TransactionAnswer answer, Payload.Attributes message) {
        TransactionMessages.logChecking(core, sa, "request", message.attributes());
        core.log.sa(sa, "Xauth process request");
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_CFG_REQUEST", "IKE_XAUTH_REPLY_AWAIT");
        sa.mmState = "CONF_XAUTH";
        setState("XAUTH_REQ", "XAUTH_REQUEST");
        pendingXauth = answer;
        Optional<EasyVpnRemote.Credentials> known = config.savedCredentials().or(() -> entered);
        if (known.isPresent()) {
            reply(known.get(), false);
            return;
        }
        Optional<String> text = message.attributes().stream().filter(a -> a.type() == ConfigAttributes.XAUTH_MESSAGE).findFirst()
                .map(ConfigAttributes::textOf);
        setState("XAUTH_PROMPT", "XAUTH_PROMPTING");
        core.log.event(new IkeEvent.EasyVpnXauthPending(config.name(), text));
    }

    /** The user answered `crypto ipsec client ezvpn xauth`; false if no XAUTH request is pending. */
    boolean credentials(String userName, String password) {
        if (pendingXauth == null || pendingXauth.answered() || sa == null || sa.deleted) {
            return false;
        }
        reply(new EasyVpnRemote.Credentials(userName, password), true);
        return true;
    }

    private void reply(EasyVpnRemote.Credentials c, boolean typed) {
        if (typed) {
            entered = Optional.of(c);
        }
        user = Optional.of(c.user());
        xauthReplied = true;
        List<Attribute> attrs = List.of(ConfigAttributes.text(ConfigAttributes.XAUTH_USER_NAME, c.user()),
                new Attribute(ConfigAttributes.XAUTH_USER_PASSWORD, false, c.password().getBytes(StandardCharsets.UTF_8)));
        setState("XAUTH_REPLIED", "XAUTH_REQ_INFO_READY");
        pendingXauth.answer(new Payload.Attributes(ConfigAttributes.CFG_REPLY, pendingXauth.identifier(), attrs),
                "Done with xauth request/reply exchange");
        pendingXauth = null;
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_XAUTH_REPLY_ATTR", "IKE_XAUTH_REPLY_SENT");
    }

    private void onXauthStatus(TransactionAnswer answer, Payload.Attributes message) {
        int status = message.attributes().stream().filter(a -> a.type() == ConfigAttributes.XAUTH_STATUS).findFirst()
                .flatMap(ConfigAttributes::number16).orElse(ConfigAttributes.XAUTH_STATUS_FAIL);
        core.log.sa(sa, "Xauth process set, status = " + status);
        TransactionMessages.logChecking(core, sa, "SET", message.attributes());
        answer.answer(new Payload.Attributes(ConfigAttributes.CFG_ACK, answer.identifier(),
                List.of(ConfigAttributes.empty(ConfigAttributes.XAUTH_STATUS))), "No Error");
        sa.mmState = "QM_IDLE";
        xauthReplied = false;
        if (status != ConfigAttributes.XAUTH_STATUS_OK) {
            core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_CFG_SET", "IKE_XAUTH_FAIL");
            entered = Optional.empty();
            setState("CONNECT_REQUIRED", "RESET");
            return;
        }
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_CFG_SET", "IKE_P1_COMPLETE");
        xauthDone = true;
        lastEvent = "XAUTH_STATUS";
        requestModeConfig();
    }

    /** Mode Config REQUEST with the attributes a Cisco remote asks for (no address in network-extension mode). */
    private void requestModeConfig() {
        sa.exchanges.queueTransaction(() -> {
            List<Attribute> ask = new ArrayList<>();
            if (config.mode() != EasyVpnRemote.Mode.NETWORK_EXTENSION) {
                ask.add(ConfigAttributes.empty(ConfigAttributes.INTERNAL_IP4_ADDRESS));
            }
            for (int type : new int[] {ConfigAttributes.INTERNAL_IP4_NETMASK, ConfigAttributes.INTERNAL_IP4_DNS, ConfigAttributes.INTERNAL_IP4_NBNS,
                    ConfigAttributes.UNITY_BANNER, ConfigAttributes.UNITY_SAVE_PASSWD, ConfigAttributes.UNITY_DEF_DOMAIN,
                    ConfigAttributes.UNITY_SPLIT_DNS, ConfigAttributes.UNITY_SPLIT_INCLUDE, ConfigAttributes.UNITY_LOCAL_LAN,
                    ConfigAttributes.UNITY_PFS, ConfigAttributes.UNITY_BACKUP_SERVERS}) {
                ask.add(ConfigAttributes.empty(type));
            }
            Phase1Sa on = sa;
            TransactionRequest[] sent = new TransactionRequest[1];
            sent[0] = TransactionRequest.send(core, on, new Payload.Attributes(ConfigAttributes.CFG_REQUEST, core.random.nextInt() & 0xffff, ask),
                    true, "CONF_ADDR", "Transaction mode done", reply -> {
                        on.mmState = "QM_IDLE";
                        on.exchanges.ended(sent[0].messageId());
                        if (on == sa && !configured) {
                            core.log.raw("ISAKMP(0:" + on.connId + ") process config reply");
                            core.log.transition(on, "IKE_MESG_FROM_PEER, IKE_CFG_REPLY", "IKE_P1_COMPLETE");
                            modeConfigReceived(reply);
                        }
                    });
            core.log.transition(on, "IKE_MESG_INTERNAL, IKE_PHASE1_COMPLETE", "IKE_CONFIG_MODE_REQ_SENT");
            return sent[0];
        });
    }

    /** Takes the server's REPLY or SET: the address and split networks make the child policy; the SAs follow at once. */
    private void modeConfigReceived(Payload.Attributes message) {
        configured = true;
        Optional<Ipv4> address = Optional.empty();
        Optional<Ipv4> mask = Optional.empty();
        List<Ipv4> dns = new ArrayList<>();
        List<Ipv4> wins = new ArrayList<>();
        Optional<String> domain = Optional.empty();
        List<SplitNetwork> split = new ArrayList<>();
        boolean save = false;
        boolean localLan = false;
        boolean pfs = false;
        Optional<String> banner = Optional.empty();
        List<String> backup = new ArrayList<>();
        for (Attribute a : message.attributes()) {
            switch (a.type()) {
                case ConfigAttributes.INTERNAL_IP4_ADDRESS -> address = ConfigAttributes.address(a).map(Ipv4::new).or(() -> Optional.empty());
                case ConfigAttributes.INTERNAL_IP4_NETMASK -> mask = ConfigAttributes.address(a).map(Ipv4::new);
                case ConfigAttributes.INTERNAL_IP4_DNS -> ConfigAttributes.address(a).map(Ipv4::new).ifPresent(dns::add);
                case ConfigAttributes.INTERNAL_IP4_NBNS -> ConfigAttributes.address(a).map(Ipv4::new).ifPresent(wins::add);
                case ConfigAttributes.UNITY_DEF_DOMAIN -> domain = Optional.of(ConfigAttributes.textOf(a));
                case ConfigAttributes.UNITY_SPLIT_INCLUDE -> ConfigAttributes.splitRecords(a).ifPresent(records -> records.forEach(r ->
                        split.add(new SplitNetwork(new Ipv4(r.address()), new Ipv4(r.mask()), r.protocol(), r.sourcePort(), r.destinationPort()))));
                case ConfigAttributes.UNITY_SAVE_PASSWD -> save = ConfigAttributes.number16(a).orElse(0) == 1;
                case ConfigAttributes.UNITY_LOCAL_LAN -> localLan = true;
                case ConfigAttributes.UNITY_PFS -> pfs = ConfigAttributes.number16(a).orElse(0) == 1;
                case ConfigAttributes.UNITY_BANNER -> banner = Optional.of(ConfigAttributes.textOf(a));
                case ConfigAttributes.UNITY_BACKUP_SERVERS -> backup.addAll(List.of(ConfigAttributes.textOf(a).split(",")));
                default -> {
                    // an attribute the remote does not use
                }
            }
        }
        if (core.log.enabled()) {
            for (Attribute a : message.attributes()) {
                core.log.raw("ISAKMP:    " + ConfigAttributes.name(a.type()));
            }
        }
        if (config.mode() != EasyVpnRemote.Mode.NETWORK_EXTENSION && address.isEmpty()) {
            core.log.sa(sa, "Mode Config gave no address to a client-mode remote, disconnecting");
            core.deleteIkeSa(sa, "No address assigned", true);
            return;
        }
        if (config.mode() == EasyVpnRemote.Mode.NETWORK_EXTENSION) {
            address = Optional.empty();
        }
        received = new Received(address, address.isPresent() ? Optional.of(new Ipv4(-1)) : Optional.empty(), dns, wins, domain, split,
                save, localLan, pfs, banner, backup);
        if (!save && config.savedCredentials().isEmpty()) {
            entered = Optional.empty(); // the server does not allow saving: the user is asked again next time
        }
        sa.modeConfigured = true;
        setState("SS_OPEN", "MODE_CONFIG_REPLY");
        childPolicy = buildChildPolicy();
        for (ProxyIdentity p : childPolicy.proxies()) {
            core.requestSa(new SaRequest(childPolicy, p));
        }
    }

    private ChildPolicy buildChildPolicy() {
        List<ProxyIdentity> proxies = new ArrayList<>();
        List<Ipv4[]> locals = new ArrayList<>();
        received.address().ifPresent(a -> locals.add(new Ipv4[] {a, new Ipv4(-1)}));
        if (config.mode() != EasyVpnRemote.Mode.CLIENT) {
            config.insideNetworks().forEach(n -> locals.add(new Ipv4[] {n.address(), n.mask()}));
        }
        List<Ipv4[]> remotes = new ArrayList<>();
        received.split().forEach(n -> remotes.add(new Ipv4[] {n.address(), n.mask()}));
        if (remotes.isEmpty()) {
            remotes.add(new Ipv4[] {Ipv4.ANY, Ipv4.ANY});
        }
        for (Ipv4[] l : locals) {
            for (Ipv4[] r : remotes) {
                proxies.add(new ProxyIdentity(l[0], l[1], r[0], r[1], 0));
            }
        }
        return new ChildPolicy(new PolicyOrigin.EasyVpn(config.name(), config.name(), MAP_SEQ), List.of(new PeerCandidate(currentPeer().orElseThrow(), false)),
                config.transformSets(), TrafficSelector.permitting(proxies), received.pfs() ? sa.policy.group() : 0,
                ChildPolicy.DEFAULT_LIFETIME_SECONDS, ChildPolicy.DEFAULT_LIFETIME_KB, config.localAddress(), ClearTextCheck.NONE,
                SaIdleTimer.NONE, ChildPolicy.DEFAULT_REPLAY_WINDOW);
    }

    /** An IPsec SA of this remote came up: the first one opens the tunnel. */
    void childUp() {
        if (up || !state.equals("SS_OPEN")) {
            return;
        }
        up = true;
        setState("IPSEC_ACTIVE", "SOCKET_UP");
        EasyVpnStatus s = status();
        core.log.syslog(s.connectionSyslog(true, config.insideNetworks()));
        core.log.event(new IkeEvent.EasyVpnUp(s));
    }

    // ------------------------------------------------------------------ going down

    /** The IKE SA went: down, the next peer after a dead or silent one, and a new attempt with `connect auto`. */
    void saGone(Phase1Sa of, String reason) {
        if (of != sa) {
            return;
        }
        boolean peerFailed = reason.equals("peers alive") || reason.equals("Death by retransmission P1");
        boolean userCleared = reason.equals("User Initiated");
        sa = null;
        pendingXauth = null;
        if (up) {
            EasyVpnStatus s = status();
            core.log.syslog(s.connectionSyslog(false, config.insideNetworks()));
            core.log.event(new IkeEvent.EasyVpnDown(s, reason));
        }
        up = false;
        if (childPolicy != null) {
            core.dropChildSas(childPolicy);
        }
        childPolicy = null;
        received = Received.NONE;
        if (peerFailed && !config.peers().isEmpty()) {
            peerIndex = (peerIndex + 1) % config.peers().size();
        }
        setState("CONNECT_REQUIRED", "RESET");
        if (config.connectAuto() && (peerFailed || userCleared)) {
            core.timers.schedule(0, this::connect);
        }
    }

    /** `clear crypto ipsec client ezvpn`: the SA goes (the server is told) and, with `connect auto`, comes back. */
    void clear() {
        if (sa != null && !sa.deleted) {
            core.deleteIkeSa(sa, "User Initiated", true);
        } else if (config.connectAuto()) {
            connect();
        }
    }

    /** The remote is removed from the configuration. */
    void remove() {
        config = new EasyVpnRemote(config.name(), config.group(), config.groupKey(), config.peers(), config.mode(), false,
                config.savedCredentials(), config.localAddress(), config.insideNetworks(), config.proposals(), config.transformSets());
        if (sa != null && !sa.deleted) {
            core.deleteIkeSa(sa, "User Initiated", true);
        }
    }

    EasyVpnStatus status() {
        return new EasyVpnStatus(config.name(), config.mode(), config.group(), state, lastEvent, currentPeer(), config.localAddress(), user,
                received.address(), received.mask(), received.dns(), received.wins(), received.domain(), received.split(), received.savePassword(),
                received.includeLocalLan(), received.pfs(), received.banner(), received.backupServers());
    }
}
