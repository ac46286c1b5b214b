package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.RemoteAccessSession;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.config.AddressAllocator;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.ClearTextCheck;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.NatTransparency;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.PolicyOrigin;
import org.iosemu.ike.config.RemoteAccessGroup;
import org.iosemu.ike.config.SaIdleTimer;
import org.iosemu.ike.config.SplitNetwork;
import org.iosemu.ike.config.TrafficSelector;
import org.junit.jupiter.api.Test;

/**
 * Easy VPN between two engines on virtual time: an IOS-style server (group with XAUTH, a pool, split-include, a
 * dynamic map) and a remote (Aggressive Mode with its group, XAUTH answered by the user or from saved credentials,
 * Mode Config, Quick Mode for the split networks), its state machine, the failures a server reports, and the
 * remote cycling through its peers when DPD declares one dead.
 */
class EasyVpnTest {
    static final String GROUP = "EZGROUP";
    static final String KEY = "grpkey";
    static final Ipv4 SPLIT_NET = Ipv4.parse("10.2.2.0");

    private final Lab lab = new Lab();

    /** A pool of consecutive addresses, lowest free first. */
    static final class Pool implements AddressAllocator {
        final TreeSet<Ipv4> free = new TreeSet<>();
        final List<Ipv4> inUse = new ArrayList<>();

        Pool(String first, int size) {
            for (int i = 0; i < size; i++) {
                free.add(new Ipv4(Ipv4.parse(first).bits() + i));
            }
        }

        @Override
        public String poolName() {
            return "RAPOOL";
        }

        @Override
        public Optional<Ipv4> allocate(String user) {
            Ipv4 a = free.pollFirst();
            if (a != null) {
                inUse.add(a);
            }
            return Optional.ofNullable(a);
        }

        @Override
        public void release(Ipv4 address) {
            if (inUse.remove(address)) {
                free.add(address);
            }
        }
    }

    static IkeConfig serverConfig(Ipv4 self, Pool pool, boolean savePassword) {
        return serverConfig(self, pool, savePassword, false);
    }

    static IkeConfig serverConfig(Ipv4 self, Pool pool, boolean savePassword, boolean push) {
        RemoteAccessGroup group = new RemoteAccessGroup(GROUP, Optional.of(pool), Optional.empty(), List.of(Ipv4.parse("10.2.2.53")), List.of(),
                Optional.of("lab.example"), List.of(SplitNetwork.of(SPLIT_NET, Lab.MASK24)), savePassword, false, false, Optional.empty(), List.of());
        PeerProfile profile = new PeerProfile("group " + GROUP, List.of(new PeerProfile.PeerMatch.ByKeyId(GROUP)), KEY, Optional.empty(),
                PeerProfile.XauthSettings.required((u, p) -> u.equals("ra1") && p.equals("ra1pwd")),
                push ? PeerProfile.ModeConfigSettings.initiate(group) : PeerProfile.ModeConfigSettings.respond(group));
        ChildPolicy dynamic = new ChildPolicy(new PolicyOrigin.DynamicMap("CM", 10, "DYN", 10), List.of(), List.of(Lab.TS_3DES),
                new TrafficSelector(List.of()), 0, 3600, 4_608_000, self, ClearTextCheck.NONE, SaIdleTimer.NONE, ChildPolicy.DEFAULT_REPLAY_WINDOW);
        return new IkeConfig(List.of(Lab.POLICY_3DES), List.of(), Optional.empty(), List.of(dynamic), NatTransparency.DEFAULT, false,
                List.of(profile));
    }

    static IkeConfig remoteConfig(Ipv4 self, List<String> peers, Optional<EasyVpnRemote.Credentials> saved, Optional<DpdSettings> keepalive) {
        return remoteConfig(self, peers, saved, keepalive, EasyVpnRemote.Mode.CLIENT);
    }

    static IkeConfig remoteConfig(Ipv4 self, List<String> peers, Optional<EasyVpnRemote.Credentials> saved, Optional<DpdSettings> keepalive,
                                  EasyVpnRemote.Mode mode) {
        EasyVpnRemote remote = EasyVpnRemote.of("EZ", GROUP, KEY, peers.stream().map(Ipv4::parse).toList(), mode, true,
                saved, self, List.of(SplitNetwork.of(Ipv4.parse("10.1.1.0"), Lab.MASK24)));
        return new IkeConfig(List.of(), List.of(), keepalive, List.of()).withEasyVpnRemotes(List.of(remote));
    }

    private static EasyVpnStatus status(Lab.Router r) {
        return r.engine.easyVpnStatus().get(0);
    }

    private static <T extends IkeEvent> List<Lab.Timed> events(Lab.Router r, Class<T> type) {
        return r.events.stream().filter(t -> type.isInstance(t.event())).toList();
    }

    @Test
    void interactiveXauthThenModeConfigThenQuickModeBringTheTunnelUp() {
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        Pool pool = new Pool("192.168.20.10", 11);
        server.engine.onConfigChanged(serverConfig(server.address, pool, false));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209"), Optional.empty(), Optional.empty()));
        lab.settle();

        assertEquals("XAUTH_PROMPT", status(remote).state());
        assertEquals("XAUTH_PROMPTING", status(remote).lastEvent());
        IkeEvent.EasyVpnXauthPending pending = (IkeEvent.EasyVpnXauthPending) events(remote, IkeEvent.EasyVpnXauthPending.class).get(0).event();
        assertEquals(List.of("EZVPN(EZ): Pending XAuth Request, Please enter the following command:", "EZVPN: crypto ipsec client ezvpn xauth"),
                pending.consoleLines());
        assertEquals("CONF_XAUTH", server.engine.snapshot().ikeSas().get(0).state(), "the server waits for the user");
        assertTrue(remote.debug().contains("ISAKMP:      auth XAUTHInitPreShared"), "the server chose XAUTHInitPreShared");

        assertTrue(remote.engine.easyVpnCredentials(Optional.empty(), "ra1", "ra1pwd"));
        lab.settle();

        EasyVpnStatus s = status(remote);
        assertEquals("IPSEC_ACTIVE", s.state());
        assertEquals("SOCKET_UP", s.lastEvent());
        assertEquals(Optional.of(Ipv4.parse("192.168.20.10")), s.address());
        assertEquals(Optional.of(Ipv4.parse("255.255.255.255")), s.mask());
        assertEquals(List.of(SplitNetwork.of(SPLIT_NET, Lab.MASK24)), s.splitInclude());
        assertEquals(List.of(Ipv4.parse("10.2.2.53")), s.dnsServers());
        assertEquals(Optional.of("lab.example"), s.defaultDomain());
        assertFalse(s.savePassword());
        assertEquals(Optional.of(Ipv4.parse("10.2.80.209")), s.currentPeer());
        assertTrue(remote.syslog().contains("%CRYPTO-6-EZVPN_CONNECTION_UP: (Client)  User=ra1  Group=EZGROUP  Client_public_addr=10.1.32.14"
                + "  Server_public_addr=10.2.80.209  Assigned_client_addr=192.168.20.10  "), remote.syslog().toString());
        assertEquals(List.of(new RemoteAccessSession(1001, server.address, remote.address, "ra1", GROUP, Optional.of(Ipv4.parse("192.168.20.10")))),
                server.engine.remoteAccessSessions());
        assertEquals(1, events(server, IkeEvent.RemoteAccessUp.class).size());
        // show crypto isakmp sa detail / show crypto session detail: IKE Configuration mode and Extended Authentication
        assertEquals("CX", server.engine.snapshot().ikeSas().get(0).capabilities());
        assertEquals("CX", remote.engine.snapshot().ikeSas().get(0).capabilities());

        // the split network goes through the tunnel from the assigned address; anything else in clear
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class,
                remote.engine.outbound(Ipv4.parse("192.168.20.10"), Ipv4.parse("10.2.2.1"), Lab.icmp("192.168.20.10", "10.2.2.1", 2)));
        assertArrayEquals(Lab.icmp("192.168.20.10", "10.2.2.1", 2),
                assertInstanceOf(InboundResult.Decrypted.class, server.engine.inboundEsp(p.local(), p.peer(), p.esp())).packet());
        assertInstanceOf(OutboundResult.NotProtected.class,
                remote.engine.outbound(Ipv4.parse("192.168.20.10"), Ipv4.parse("8.8.8.8"), Lab.icmp("192.168.20.10", "8.8.8.8", 3)));
        OutboundResult.Protected back = assertInstanceOf(OutboundResult.Protected.class,
                server.engine.outbound(Ipv4.parse("10.2.2.1"), Ipv4.parse("192.168.20.10"), Lab.icmp("10.2.2.1", "192.168.20.10", 4)));
        assertArrayEquals(Lab.icmp("10.2.2.1", "192.168.20.10", 4),
                assertInstanceOf(InboundResult.Decrypted.class, remote.engine.inboundEsp(back.local(), back.peer(), back.esp())).packet());

        // the order on the wire: AM (3), XAUTH REQUEST/REPLY/SET/ACK, Mode Config REQUEST/REPLY, then Quick Mode
        List<Integer> exchanges = lab.network.sent().stream().map(d -> d.payload()[18] & 0xff).toList();
        assertEquals(List.of(4, 4, 4, 6, 6, 6, 6, 6, 6, 32, 32, 32), exchanges);
        List<String> states = events(remote, IkeEvent.EasyVpnStateChanged.class).stream()
                .map(t -> ((IkeEvent.EasyVpnStateChanged) t.event()).state()).toList();
        assertEquals(List.of("READY", "IKE_PEND", "XAUTH_REQ", "XAUTH_PROMPT", "XAUTH_REPLIED", "SS_OPEN", "IPSEC_ACTIVE"), states);
        assertTrue(server.debug().contains("ISAKMP/xauth: reply attribute XAUTH_USER_NAME_V2"));
        assertTrue(server.debug().contains("ISAKMP: Sending split include network 10.2.2.0 mask 255.255.255.0 protocol 0, src port 0, dst port 0"));
        assertTrue(remote.debug().contains("ISAKMP:(1001):Old State = IKE_XAUTH_REPLY_AWAIT  New State = IKE_XAUTH_REPLY_SENT \n"));
    }

    @Test
    void aWrongPasswordIsRejectedAndTheSaDeletedOnBothEnds() {
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        Pool pool = new Pool("192.168.20.10", 11);
        server.engine.onConfigChanged(serverConfig(server.address, pool, false));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209"), Optional.empty(), Optional.empty()));
        lab.settle();
        assertTrue(remote.engine.easyVpnCredentials(Optional.empty(), "ra1", "wrong"));
        lab.settle();

        assertEquals(0, server.engine.snapshot().ikeSas().size());
        assertEquals(0, remote.engine.snapshot().ikeSas().size());
        assertEquals("CONNECT_REQUIRED", status(remote).state());
        assertEquals("RESET", status(remote).lastEvent());
        assertTrue(server.debug().contains("ISAKMP:(1001):Xauth authentication of user ra1 failed"));
        assertTrue(remote.debug().contains("ISAKMP:(1001):Xauth process set, status = 0"));
        assertEquals(0, events(server, IkeEvent.RemoteAccessUp.class).size());
        assertEquals(11, pool.free.size(), "no address was taken");
        assertFalse(remote.engine.easyVpnCredentials(Optional.empty(), "ra1", "ra1pwd"), "nothing pending any more");
        lab.scheduler.advance(120_000);
        assertEquals(0, lab.network.sent().stream().filter(d -> d.time() > Lab.START).count(), "no retry until the user connects");
    }

    @Test
    void anUnansweredXauthRequestTimesOutAfterSixtySeconds() {
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        server.engine.onConfigChanged(serverConfig(server.address, new Pool("192.168.20.10", 11), false));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209"), Optional.empty(), Optional.empty()));
        lab.settle();
        lab.scheduler.runUntil(Lab.START + 59_999);
        assertEquals(1, server.engine.snapshot().ikeSas().size());
        lab.scheduler.runUntil(Lab.START + 60_000);
        assertEquals(0, server.engine.snapshot().ikeSas().size());
        assertEquals(Lab.START + 60_000, server.debugTimed("XAUTH timed out waiting for 10.1.32.14 (timeout 60 seconds)").get(0).time());
        assertEquals("CONNECT_REQUIRED", status(remote).state(), "the server's DELETE reached the remote");
    }

    @Test
    void anExhaustedPoolDeletesOnlyTheNewcomersSa() {
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router first = lab.router("10.1.32.14", 5);
        Lab.Router second = lab.router("10.1.32.15", 7);
        Pool pool = new Pool("192.168.20.10", 1);
        server.engine.onConfigChanged(serverConfig(server.address, pool, false));
        Optional<EasyVpnRemote.Credentials> saved = Optional.of(new EasyVpnRemote.Credentials("ra1", "ra1pwd"));
        first.engine.onConfigChanged(remoteConfig(first.address, List.of("10.2.80.209"), saved, Optional.empty()));
        lab.settle();
        assertEquals("IPSEC_ACTIVE", status(first).state());
        second.engine.onConfigChanged(remoteConfig(second.address, List.of("10.2.80.209"), saved, Optional.empty()));
        lab.settle();

        assertEquals("CONNECT_REQUIRED", status(second).state());
        assertTrue(server.debug().contains("ISAKMP:(1002):Can not allocate address from pool RAPOOL for 10.1.32.15"));
        assertEquals(1, server.engine.snapshot().ikeSas().size());
        assertEquals(first.address, server.engine.snapshot().ikeSas().get(0).src());
        assertEquals("IPSEC_ACTIVE", status(first).state());
        assertInstanceOf(OutboundResult.Protected.class,
                first.engine.outbound(Ipv4.parse("192.168.20.10"), Ipv4.parse("10.2.2.1"), Lab.icmp("192.168.20.10", "10.2.2.1", 2)));
    }

    @Test
    void aDeadPeerMakesTheRemoteConnectToItsNextPeerAndWrapRound() {
        Lab.Router s1 = lab.router("10.2.80.209", 6);
        Lab.Router s2 = lab.router("10.3.80.209", 8);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        s1.engine.onConfigChanged(serverConfig(s1.address, new Pool("192.168.20.10", 11), true));
        s2.engine.onConfigChanged(serverConfig(s2.address, new Pool("192.168.30.10", 11), true));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209", "10.3.80.209"), Optional.empty(),
                Optional.of(DpdSettings.periodic(10, 2))));
        lab.settle();
        remote.engine.easyVpnCredentials(Optional.of("EZ"), "ra1", "ra1pwd");
        lab.settle();
        assertEquals("IPSEC_ACTIVE", status(remote).state());
        assertTrue(status(remote).savePassword());

        lab.network.setDown(s1.address, true);
        lab.scheduler.runUntil(Lab.START + 30_000);
        // one R_U_THERE at +10 s, four more every 2 s, dead at +20 s, and Aggressive Mode to the next peer at once
        assertEquals(Lab.START + 20_000, remote.debugTimed("peer 10.2.80.209 not responding!").get(0).time());
        long firstToS2 = lab.network.sent().stream().filter(d -> d.to().ip().equals(s2.address)).findFirst().orElseThrow().time();
        assertEquals(Lab.START + 20_000, firstToS2);
        EasyVpnStatus s = status(remote);
        assertEquals("IPSEC_ACTIVE", s.state(), "the saved password answered XAUTH");
        assertEquals(Optional.of(s2.address), s.currentPeer());
        assertEquals(Optional.of(Ipv4.parse("192.168.30.10")), s.address());
        assertTrue(remote.syslog().stream().anyMatch(l -> l.startsWith("%CRYPTO-6-EZVPN_CONNECTION_DOWN: (Client)  User=ra1  Group=EZGROUP")
                && l.contains("Server_public_addr=10.2.80.209")));
        assertTrue(remote.syslog().stream().anyMatch(l -> l.startsWith("%CRYPTO-6-EZVPN_CONNECTION_UP:") && l.contains("Server_public_addr=10.3.80.209")));

        lab.network.setDown(s1.address, false);
        lab.network.setDown(s2.address, true);
        lab.scheduler.runUntil(Lab.START + 60_000);
        assertEquals(Optional.of(s1.address), status(remote).currentPeer(), "the peer list wraps round");
        assertEquals("IPSEC_ACTIVE", status(remote).state());
    }

    @Test
    void aPeerThatNeverAnswersPhaseOneIsSkipped() {
        Lab.Router s2 = lab.router("10.3.80.209", 8);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        s2.engine.onConfigChanged(serverConfig(s2.address, new Pool("192.168.30.10", 11), true));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209", "10.3.80.209"),
                Optional.of(new EasyVpnRemote.Credentials("ra1", "ra1pwd")), Optional.empty()));
        lab.scheduler.runUntil(Lab.START + 120_000);
        assertEquals(Optional.of(s2.address), status(remote).currentPeer());
        assertEquals("IPSEC_ACTIVE", status(remote).state());
        assertTrue(lab.network.sent().stream().filter(d -> d.to().ip().equals(Ipv4.parse("10.2.80.209")))
                .allMatch(d -> (d.payload()[18] & 0xff) == ExchangeType.AGGRESSIVE));
    }

    @Test
    void aServerThatInitiatesPushesTheConfigurationWithASet() {
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        server.engine.onConfigChanged(serverConfig(server.address, new Pool("192.168.20.10", 11), false, true));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209"),
                Optional.of(new EasyVpnRemote.Credentials("ra1", "ra1pwd")), Optional.empty()));
        lab.settle();
        assertEquals("IPSEC_ACTIVE", status(remote).state());
        assertEquals(Optional.of(Ipv4.parse("192.168.20.10")), status(remote).address());
        assertEquals(2, remote.debug().stream().filter("ISAKMP: Config payload SET"::equals).count(), "the XAUTH status, then the configuration");
        assertTrue(remote.debug().contains("ISAKMP:    IP4_ADDRESS"));
        assertEquals(1, events(server, IkeEvent.RemoteAccessUp.class).size());
    }

    @Test
    void networkExtensionModeAsksForNoAddressAndProtectsItsInsideNetworks() {
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        Pool pool = new Pool("192.168.20.10", 11);
        server.engine.onConfigChanged(serverConfig(server.address, pool, false));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209"),
                Optional.of(new EasyVpnRemote.Credentials("ra1", "ra1pwd")), Optional.empty(), EasyVpnRemote.Mode.NETWORK_EXTENSION));
        lab.settle();
        EasyVpnStatus s = status(remote);
        assertEquals("IPSEC_ACTIVE", s.state());
        assertEquals(Optional.empty(), s.address());
        assertEquals(11, pool.free.size(), "no address taken from the pool");
        assertTrue(remote.syslog().contains("%CRYPTO-6-EZVPN_CONNECTION_UP: (Client)  User=ra1  Group=EZGROUP  Client_public_addr=10.1.32.14"
                + "  Server_public_addr=10.2.80.209  NEM_Remote_Subnets=10.1.1.0/255.255.255.0  "), remote.syslog().toString());
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class,
                remote.engine.outbound(Ipv4.parse("10.1.1.5"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.5", "10.2.2.1", 2)));
        assertArrayEquals(Lab.icmp("10.1.1.5", "10.2.2.1", 2),
                assertInstanceOf(InboundResult.Decrypted.class, server.engine.inboundEsp(p.local(), p.peer(), p.esp())).packet());
        assertInstanceOf(OutboundResult.Protected.class,
                server.engine.outbound(Ipv4.parse("10.2.2.1"), Ipv4.parse("10.1.1.5"), Lab.icmp("10.2.2.1", "10.1.1.5", 3)),
                "the server reaches the inside network");
    }

    @Test
    void clearingTheRemoteTellsTheServerAndConnectsAgain() {
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        Pool pool = new Pool("192.168.20.10", 11);
        server.engine.onConfigChanged(serverConfig(server.address, pool, false));
        remote.engine.onConfigChanged(remoteConfig(remote.address, List.of("10.2.80.209"),
                Optional.of(new EasyVpnRemote.Credentials("ra1", "ra1pwd")), Optional.empty()));
        lab.settle();
        assertTrue(remote.engine.easyVpnClear(Optional.empty()));
        lab.settle();
        assertEquals("IPSEC_ACTIVE", status(remote).state());
        assertEquals(1, remote.syslog().stream().filter(l -> l.startsWith("%CRYPTO-6-EZVPN_CONNECTION_DOWN:")).count());
        assertEquals(2, remote.syslog().stream().filter(l -> l.startsWith("%CRYPTO-6-EZVPN_CONNECTION_UP:")).count());
        assertEquals(1, server.engine.snapshot().ikeSas().size(), "the old SA went on the server too");
        assertEquals(1, pool.inUse.size(), "its address went back to the pool");
        assertEquals(1, events(server, IkeEvent.RemoteAccessDown.class).size());
    }
}
