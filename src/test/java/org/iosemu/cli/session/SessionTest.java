package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {

    private final VirtualScheduler clock = new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);

    private RouterContext router(Optional<Path> nvram) {
        return new RouterContext(clock, nvram, new StandaloneRouterServices(), new Random(9));
    }

    /** vty 0 4 without a login check, so tests can open vty sessions straight into EXEC. */
    private static void openVtys(RouterContext r) {
        IosSession admin = new IosSession(r);
        run(admin, "enable", "configure terminal", "line vty 0 4", "no login", "end", "logout");
    }

    private static String run(IosSession s, String... lines) {
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            s.submit(l, out::append);
        }
        return out.toString();
    }

    @Test
    void sessionsShareTheRouterButNotTheirModes() {
        RouterContext r = router(Optional.empty());
        openVtys(r);
        IosSession console = new IosSession(r);
        IosSession vty = new IosSession(r, new IosSession.Origin(false, 0, "192.0.2.7"));
        run(console, "enable", "configure terminal", "hostname HQ");
        assertEquals("HQ(config)#", console.prompt());
        assertEquals("HQ>", vty.prompt());
        assertEquals(24, vty.terminalLength());
        run(vty, "terminal length 0");
        assertEquals(0, vty.terminalLength());
        assertEquals(24, console.terminalLength());
    }

    @Test
    void logsReachTheConsoleAndMonitoringVtysOnly() {
        RouterContext r = router(Optional.empty());
        openVtys(r);
        IosSession console = new IosSession(r);
        IosSession vty = new IosSession(r, new IosSession.Origin(false, 1, "192.0.2.8"));
        List<String> onConsole = new ArrayList<>();
        List<String> onVty = new ArrayList<>();
        console.setAsyncSink(onConsole::add);
        vty.setAsyncSink(onVty::add);
        clock.advance(10_004);
        run(console, "enable", "configure terminal", "end");
        assertEquals(List.of("*Mar  1 00:00:10.004: %SYS-5-CONFIG_I: Configured from console by console"), onConsole);
        assertTrue(onVty.isEmpty());
        assertEquals("", run(vty, "terminal monitor"));
        run(console, "configure terminal", "end");
        assertEquals(1, onVty.size());
        assertEquals("% Console already monitors\n", run(console, "terminal monitor"));
    }

    @Test
    void vtyWithoutEnablePasswordIsRefused() {
        RouterContext r = router(Optional.empty());
        openVtys(r);
        IosSession vty = new IosSession(r, new IosSession.Origin(false, 0, "192.0.2.9"));
        assertEquals("% No password set\n", run(vty, "enable"));
        assertEquals("Router>", vty.prompt());
    }

    @Test
    void vtyLoginFollowsTheLineConfiguration() {
        RouterContext r = router(Optional.empty());
        IosSession refused = new IosSession(r, new IosSession.Origin(false, 0, "192.0.2.1"));
        assertEquals("\nPassword required, but none set\n", refused.greeting());
        assertFalse(refused.isOpen());

        IosSession admin = new IosSession(r);
        run(admin, "enable", "configure terminal", "username ops privilege 15 secret opspw", "line vty 0 4",
                "login local", "end");
        IosSession vty = new IosSession(r, new IosSession.Origin(false, 0, "192.0.2.2"));
        assertEquals("\nUser Access Verification\n\n", vty.greeting());
        assertEquals("Username: ", vty.prompt());
        assertEquals("% Login invalid\n\n", run(vty, "ops", "wrong"));
        run(vty, "ops");
        assertFalse(vty.echoesInput());
        run(vty, "opspw");
        assertEquals("Router#", vty.prompt());
        assertEquals(2, r.sessions().size());
    }

    @Test
    void consolePrivilegeLevel15StartsPrivileged() {
        RouterContext r = router(Optional.empty());
        run(new IosSession(r), "enable", "configure terminal", "line con 0", "privilege level 15", "end", "logout");
        assertEquals("Router#", new IosSession(r).prompt());
    }

    @Test
    void enableAsksForTheSecretWithoutEcho() {
        RouterContext r = router(Optional.empty());
        IosSession s = new IosSession(r);
        run(s, "enable", "configure terminal", "enable secret hush", "end", "disable", "enable");
        assertEquals("Password: ", s.prompt());
        assertFalse(s.echoesInput());
        run(s, "hush");
        assertEquals("Router#", s.prompt());
        assertTrue(s.echoesInput());
    }

    @Test
    void exitAndLogoutEndAVtySessionButRecycleTheConsole() {
        RouterContext r = router(Optional.empty());
        IosSession vty = IosSession.authenticated(r, IosSession.Origin.vty(0, "127.0.0.1", "admin"), 15);
        run(vty, "configure terminal", "interface FastEthernet0", "exit", "exit");
        assertEquals("Router#", vty.prompt());
        run(vty, "logout");
        assertFalse(vty.isOpen());

        // the console is never closed by exit: IOS offers it again and the router runs on
        IosSession console = new IosSession(r);
        String out = run(console, "enable", "exit");
        assertTrue(out.endsWith("\nRouter con0 is now available\n\n\n\n\n\nPress RETURN to get started.\n\n"), out);
        assertTrue(console.isOpen());
        assertEquals("", console.prompt());
        assertFalse(console.echoesInput());
        run(console, "");
        assertEquals("Router>", console.prompt(), "RETURN starts a new EXEC, unprivileged");
        run(console, "logout", "");
        assertTrue(console.isOpen());
    }

    @Test
    void labQuitEndsOnlyTheConsole() {
        RouterContext r = router(Optional.empty());
        IosSession vty = IosSession.authenticated(r, IosSession.Origin.vty(0, "127.0.0.1", "admin"), 15);
        assertTrue(run(vty, "lab quit").contains("% Lab: lab quit ends the emulator; only its console may"));
        assertTrue(vty.isOpen());
        IosSession console = new IosSession(r);
        run(console, "enable", "lab quit");
        assertFalse(console.isOpen());
        assertTrue(console.quitRequested());
    }

    @Test
    void ctrlCLeavesConfigurationCancelsQuestionsButNeverALogin() {
        RouterContext r = router(Optional.empty());
        IosSession s = new IosSession(r);
        run(s, "enable", "configure terminal", "interface Loopback0");
        s.interrupt(text -> { });
        assertEquals("Router#", s.prompt());
        run(s, "ping");
        assertEquals("Protocol [ip]: ", s.prompt());
        s.interrupt(text -> { });
        assertEquals("Router#", s.prompt());
        run(s, "configure terminal", "line vty 0 4", "password cisco", "login", "end");
        IosSession vty = new IosSession(r, IosSession.Origin.vty(0, "127.0.0.1", ""));
        assertEquals("Password: ", vty.prompt());
        vty.interrupt(text -> { });
        assertEquals("Password: ", vty.prompt(), "Ctrl-C must not skip the login");
    }

    @Test
    void ctrlZLeavesAnyConfigMode() {
        IosSession s = new IosSession(router(Optional.empty()));
        run(s, "enable", "configure terminal", "crypto isakmp policy 1");
        s.endConfiguration(text -> { });
        assertEquals("Router#", s.prompt());
    }

    @Test
    void writeMemorySavesAtomicallyAndBootReadsItBack(@TempDir Path dir) throws IOException {
        Path nvram = dir.resolve("startup-config");
        RouterContext r = router(Optional.of(nvram));
        IosSession s = new IosSession(r);
        String out = run(s, "enable", "configure terminal", "hostname Saved", "crypto isakmp keepalive 10 periodic", "end",
                "write memory");
        assertTrue(out.endsWith("Building configuration...\n[OK]\n"), out);
        List<String> stored = Files.readAllLines(nvram);
        assertTrue(stored.contains("hostname Saved"));
        assertTrue(stored.get(1).startsWith("! Last configuration change at "));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        RouterContext rebooted = router(Optional.of(nvram));
        StringBuilder errors = new StringBuilder();
        rebooted.boot(errors::append);
        assertEquals("", errors.toString());
        assertEquals("Saved", rebooted.hostname());
        assertTrue(rebooted.config().current().crypto().keepalive().orElseThrow().periodic());
    }

    @Test
    void damagedStartupLinesAreReportedAndSkipped(@TempDir Path dir) throws IOException {
        Path nvram = dir.resolve("startup-config");
        Files.write(nvram, List.of("hostname Edge", "crypto isakmp keepalive 5", "interface FastEthernet0",
                " ip address 10.0.0.1 255.255.255.0", "end"));
        RouterContext r = router(Optional.of(nvram));
        StringBuilder errors = new StringBuilder();
        r.boot(errors::append);
        assertEquals(nvram + ":2: % Invalid input detected at '^' marker.\n", errors.toString());
        assertEquals("Edge", r.hostname());
        assertFalse(r.config().current().iface(RouterContext.BUILT_IN_PORTS.get(0)).orElseThrow().shutdown());
        assertEquals(List.of("hostname Edge", "crypto isakmp keepalive 5", "interface FastEthernet0",
                " ip address 10.0.0.1 255.255.255.0", "end"), Files.readAllLines(nvram));
    }

    @Test
    void servicesBuiltFromTheRouterSeeConfigChanges() {
        List<String> changes = new ArrayList<>();
        RouterContext r = new RouterContext(clock, Optional.empty(), router -> {
            router.config().addListener((before, after) -> changes.add(after.system().hostname()));
            return new StandaloneRouterServices();
        }, new Random(4));
        run(new IosSession(r), "enable", "configure terminal", "hostname Spoke");
        assertEquals(List.of("Spoke"), changes);
    }
}
