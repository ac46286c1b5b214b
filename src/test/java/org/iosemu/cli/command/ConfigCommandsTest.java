package org.iosemu.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfigCommandsTest {

    private RouterContext router;
    private IosSession session;
    private final StringBuilder screen = new StringBuilder();

    @BeforeEach
    void boot() {
        router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
                new StandaloneRouterServices(), new Random(3));
        session = new IosSession(router);
        type("enable", "configure terminal");
    }

    private LineOutcome type(String... lines) {
        LineOutcome last = LineOutcome.ACCEPTED;
        for (String l : lines) {
            screen.setLength(0);
            last = session.submit(l, screen::append);
        }
        return last;
    }

    private RunningConfig config() {
        return router.config().current();
    }

    private List<String> body() {
        return RunningConfigRenderer.body(config(), ConfigTimes.NONE);
    }

    @Test
    void keepaliveAndItsNoForm() {
        type("crypto isakmp keepalive 10 3 periodic");
        assertTrue(body().contains("crypto isakmp keepalive 10 3 periodic"));
        type("no crypto isakmp keepalive");
        assertTrue(config().crypto().keepalive().isEmpty());
        assertFalse(body().stream().anyMatch(l -> l.contains("keepalive")));
    }

    @Test
    void mapPeersKeepTheirOrderAndOneDefault() {
        type("crypto map M 10 ipsec-isakmp", "set peer 10.0.0.1", "set peer 10.0.0.2 default", "set peer 10.0.0.3",
                "set peer 10.0.0.3 default", "no set peer 10.0.0.1");
        var peers = config().crypto().mapEntry("M", 10).orElseThrow().peers();
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), peers.stream().map(p -> p.address()).toList());
        assertEquals(List.of(false, true), peers.stream().map(p -> p.isDefault()).toList());
        type("exit", "no crypto map M 10");
        assertTrue(config().crypto().maps().isEmpty());
    }

    @Test
    void firstMapEntryPrintsTheNoteOnce() {
        type("crypto map M 10 ipsec-isakmp");
        assertEquals(CryptoMapCommands.NEW_MAP_NOTE, screen.toString());
        type("exit", "crypto map M 10");
        assertEquals("", screen.toString());
    }

    @Test
    void policyNoAndDefaultRestoreIosDefaults() {
        type("crypto isakmp policy 7", "encryption aes 192", "hash sha256", "group 5", "no encryption", "default hash");
        var p = config().crypto().policy(7).orElseThrow();
        assertEquals(List.of("crypto isakmp policy 7", " group 5"), p.render());
    }

    @Test
    void globalCommandInSubModeLeavesIt() {
        type("crypto isakmp policy 1");
        assertEquals("Router(config-isakmp)#", session.prompt());
        assertFalse(type("hostname R2").rejected());
        assertEquals("R2(config)#", session.prompt());
    }

    @Test
    void lineFailingEverywhereReportsTheSubModeError() {
        type("interface FastEthernet0");
        LineOutcome o = type("frobnicate");
        assertTrue(o.rejected());
        assertEquals("Router(config-if)#", session.prompt());
        assertEquals("% Invalid input detected at '^' marker.", o.message());
    }

    @Test
    void semanticErrorsLeaveTheConfigUnchanged() {
        RunningConfig before = config();
        assertTrue(type("crypto ipsec transform-set T esp-des esp-3des").rejected());
        assertTrue(type("no interface FastEthernet0").rejected());
        assertTrue(type("ip route 10.0.0.1 255.255.255.0 1.1.1.1").rejected());
        assertEquals(before, config());
    }

    @Test
    void passwordEncryptionEncryptsStoredPasswords() {
        type("line con 0", "password cisco", "exit", "service password-encryption");
        String line = body().stream().filter(l -> l.startsWith(" password ")).findFirst().orElseThrow();
        assertTrue(line.matches(" password 7 [0-9A-F]+"), line);
        type("no service password-encryption");
        assertTrue(body().contains(line), "encrypted passwords stay encrypted");
    }

    @Test
    void interfacesAreCanonicalisedAndLogicalOnesDeletable() {
        type("int lo0", "ip address 1.1.1.1 255.255.255.255", "exit");
        assertTrue(body().contains("interface Loopback0"));
        type("no interface Loopback0");
        assertFalse(body().contains("interface Loopback0"));
    }

    @Test
    void aclEntriesKeepOrderAndDeleteAsAList() {
        type("access-list 101 permit ip 10.0.0.0 0.0.0.255 any", "access-list 101 deny esp host 1.1.1.1 any",
                "access-list 10 permit 192.168.1.1");
        assertTrue(body().containsAll(List.of("access-list 10 permit 192.168.1.1",
                "access-list 101 permit ip 10.0.0.0 0.0.0.255 any", "access-list 101 deny esp host 1.1.1.1 any")));
        type("no access-list 101");
        assertTrue(config().accessList(101).isEmpty());
    }

    @Test
    void isakmpTurnsOnWithTheFirstMap() {
        List<String> logged = new java.util.ArrayList<>();
        router.logBus().tap(logged::add);
        type("interface FastEthernet0", "crypto map A", "exit", "interface FastEthernet1", "crypto map A");
        assertEquals(1, logged.stream().filter(l -> l.endsWith("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON")).count());
        assertTrue(logged.get(0).startsWith("*Mar  1 00:00:00.000: "));
    }

    @Test
    void doRunsExecCommandsFromConfig() {
        type("crypto isakmp policy 3");
        type("do show privilege");
        assertEquals("Current privilege level is 15\n", screen.toString());
        assertEquals("Router(config-isakmp)#", session.prompt(), "do keeps the mode");
    }

    @Test
    void addressChecksGiveIosMessages() {
        type("interface FastEthernet0", "ip address 10.1.1.1 255.255.255.0", "interface FastEthernet1");
        assertTrue(type("ip address 10.1.1.2 255.255.0.0").rejected());
        assertEquals("% 10.1.0.0 overlaps with FastEthernet0\n", screen.toString());
        type("ip address 10.2.0.0 255.255.255.0");
        assertEquals("Bad mask /24 for address 10.2.0.0\n", screen.toString());
        type("ip address 10.2.0.1 255.0.255.0");
        assertEquals("Bad mask 0xFF00FF00 for address 10.2.0.1\n", screen.toString());
        assertFalse(type("ip address 10.2.0.1 255.255.255.0").rejected());
    }

    @Test
    void deletingAMissingRouteIsAnError() {
        assertTrue(type("no ip route 10.0.0.0 255.0.0.0 1.1.1.1").rejected());
        assertEquals("%No matching route to delete\n", screen.toString());
        type("ip route 10.0.0.0 255.0.0.0 1.1.1.1");
        assertFalse(type("no ip route 10.0.0.0 255.0.0.0 1.1.1.1").rejected());
        assertTrue(config().system().routes().isEmpty());
    }

    @Test
    void vtyLinesAreKeptPerLineAndGroupedLikeIos() {
        type("line vty 0 15", "login local", "transport input ssh", "exit", "line vty 2", "exec-timeout 5 0", "end");
        List<String> b = body();
        int start = b.indexOf("line aux 0");
        assertEquals(List.of("line aux 0", "line vty 0 1", " login local", " transport input ssh", "line vty 2",
                " exec-timeout 5 0", " login local", " transport input ssh", "line vty 3 4", " login local",
                " transport input ssh", "line vty 5 15", " login local", " transport input ssh", "!", "end"),
                b.subList(start, b.size()));
    }
}
