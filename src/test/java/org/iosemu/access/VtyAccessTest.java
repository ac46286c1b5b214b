package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.SshException;
import org.iosemu.remote.RawClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins, privilege, transports and shared-router behaviour over real SSH and telnet connections. */
class VtyAccessTest extends SshRouterTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void privilege15UserLandsInPrivilegedExecAndShowUsersListsEveryLine() throws Exception {
        try (SshShell admin = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            admin.await("R1#");
            assertTrue(admin.line("show privilege", "R1#").contains("Current privilege level is 15"));
            String users = admin.line("show users", "R1#");
            assertTrue(users.contains("    Line       User       Host(s)              Idle       Location"), users);
            // the console has been idle since the fixture booted the router: seconds on a loaded machine
            assertTrue(users.matches("(?s).*   0 con 0                idle                 00:00:[0-5][0-9].*"), users);
            assertTrue(users.contains("*  2 vty 0     admin      idle                 00:00:00 127.0.0.1\n"), users);
        }
    }

    @Test
    void userExecCannotConfigureAndEnableChecksTheSecret() throws Exception {
        try (SshShell oper = SshShell.open(client, r.sshPort(), "oper", "Op3rPass")) {
            oper.await("R1>");
            assertTrue(oper.line("show privilege", "R1>").contains("Current privilege level is 1"));
            assertTrue(oper.line("configure terminal", "R1>").contains("% Invalid input detected at '^' marker."));
            String denied = oper.line("enable", "Password: ");
            oper.line("wrong1", "Password: ");
            oper.line("wrong2", "Password: ");
            String bad = oper.line("wrong3", "R1>");
            assertTrue(bad.contains("% Bad secrets"), bad);
            assertFalse(denied.contains("wrong"), "a secret is never echoed");
            oper.line("enable", "Password: ");
            oper.line(AccessRouter.ENABLE, "R1#");
            assertTrue(oper.line("show privilege", "R1#").contains("Current privilege level is 15"));
            assertFalse(oper.text().contains(AccessRouter.ENABLE), "the enable secret is not echoed");
        }
    }

    @Test
    void vtyWithoutEnableSecretSaysNoPasswordSet() throws Exception {
        r.console("configure terminal", "no enable secret", "end");
        try (SshShell oper = SshShell.open(client, r.sshPort(), "oper", "Op3rPass")) {
            oper.await("R1>");
            assertTrue(oper.line("enable", "R1>").contains("% No password set"));
        }
    }

    @Test
    void wrongSshPasswordsAndUnknownUsersAreRefusedAlike() {
        assertThrows(SshException.class, () -> SshShell.open(client, r.sshPort(), "admin", "nope").close());
        assertThrows(SshException.class, () -> SshShell.open(client, r.sshPort(), "ghost", AccessRouter.PASSWORD).close());
    }

    @Test
    void telnetAsksUsernameAndPasswordAndNeverSaysWhichWasWrong() throws Exception {
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            telnet.awaitText("Username: ", WAIT);
            telnet.send("ghost\r\n");
            telnet.awaitText("Password: ", WAIT);
            telnet.send("whatever\r\n");
            telnet.awaitText("% Login invalid", WAIT);
            telnet.awaitCount("Username: ", 2, WAIT);
            telnet.send("admin\r\n");
            telnet.awaitCount("Password: ", 2, WAIT);
            telnet.send("wrong\r\n");
            telnet.awaitCount("% Login invalid", 2, WAIT);
            telnet.awaitCount("Username: ", 3, WAIT);
            telnet.send("admin\r\n");
            telnet.awaitCount("Password: ", 3, WAIT);
            telnet.send(AccessRouter.PASSWORD + "\r\n");
            String text = telnet.awaitText("R1#", WAIT);
            assertTrue(text.contains("User Access Verification"), text);
            assertFalse(text.contains(AccessRouter.PASSWORD), "password echoed: " + text);
        }
    }

    @Test
    void linePasswordLoginAsksOnlyForThePassword() throws Exception {
        r.console("configure terminal", "line vty 0 4", "password L1nePw", "login", "end");
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            telnet.awaitText("Password: ", WAIT);
            telnet.send("L1nePw\r");
            String text = telnet.awaitText("R1>", WAIT);
            assertFalse(text.contains("Username:"), text);
        }
        try (SshShell ssh = SshShell.open(client, r.sshPort(), "anyone", "L1nePw")) {
            ssh.await("R1>");
        }
    }

    @Test
    void transportInputRefusesTheOtherProtocol() throws Exception {
        r.console("configure terminal", "line vty 0 4", "transport input ssh", "end");
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            assertTrue(telnet.awaitEof(WAIT), "telnet connection should be closed");
            assertFalse(telnet.text().contains("Username:"), telnet.text());
        }
        SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD).close();
        r.console("configure terminal", "line vty 0 4", "transport input telnet", "end");
        assertThrows(SshException.class, () -> SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD).close());
    }

    @Test
    void configFromAVtyIsLoggedWithUserAndAddress() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        r.router.logBus().tap(log::add);
        try (SshShell admin = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            admin.await("R1#");
            admin.line("configure terminal", "R1(config)#");
            admin.line("hostname R9", "R9(config)#");
            admin.line("end", "R9#");
        }
        assertTrue(log.stream().anyMatch(l -> l.endsWith(
                "%SYS-5-CONFIG_I: Configured from console by admin on vty0 (127.0.0.1)")), log.toString());
        assertTrue(r.console("show running-config").contains("hostname R9"));
    }

    @Test
    void terminalMonitorSendsSyslogToThatVtyOnly() throws Exception {
        try (SshShell watcher = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD);
                SshShell quiet = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            watcher.await("R1#");
            quiet.await("R1#");
            watcher.line("terminal monitor", "R1#");
            r.console("configure terminal", "end");
            watcher.await("%SYS-5-CONFIG_I: Configured from console by console");
            Thread.sleep(200);
            assertFalse(quiet.text().contains("%SYS-5-CONFIG_I"), quiet.text());
            watcher.line("terminal no monitor", "R1#");
        }
    }

    @Test
    void sessionsEndWhenTheClientLeavesAndFreeTheirLine() throws Exception {
        for (int i = 0; i < 8; i++) { // more than the 5 lines of vty 0 4: each connection gives its line back
            try (SshShell s = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
                s.await("R1#");
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (r.router.sessions().size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, r.router.sessions().size(), "only the console remains");
    }

    @Test
    void linesEndInCrLfAndExitDropsTheConnectionAsIosDoes() throws Exception {
        try (SshShell s = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            s.await("R1#");
            s.line("show privilege", "R1#");
            assertTrue(s.raw().contains("R1#show privilege\r\nCurrent privilege level is 15\r\nR1#"), s.raw());
            assertFalse(s.raw().contains("\r\r"), s.raw());
            s.send("exit\r");
            // IOS closes the TCP connection: no exit status, no channel close first
            assertTrue(s.awaitSessionClosed(WAIT), "connection still open after exit");
            assertEquals(null, s.exitStatus());
        }
    }

    @Test
    void moreConnectionsThanVtyLinesAreTurnedAwayWithTheRightPasswordToldAllLinesAreBusy() throws Exception {
        List<SshShell> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                SshShell s = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD);
                open.add(s);
                s.await("R1#");
            }
            try (SshShell sixth = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
                assertTrue(sixth.await("% All lines are busy").contains("% All lines are busy"));
                assertTrue(sixth.awaitClosed(WAIT), "the sixth connection finds no free vty");
            }
            assertThrows(SshException.class, () -> SshShell.open(client, r.sshPort(), "admin", "wrong").close(),
                    "a wrong password is still refused");
            try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
                assertTrue(telnet.awaitEof(WAIT), "telnet refused too");
                assertTrue(telnet.text().contains("% All lines are busy"), telnet.text());
            }
        } finally {
            for (SshShell s : open) {
                s.close();
            }
        }
    }

    @Test
    void telnetTakesNoMoreUnauthenticatedConnectionsThanTheVtyLinesAndTellsTheRefusedOneWhy() throws Exception {
        List<RawClient> idle = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                RawClient c = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()));
                idle.add(c);
                c.awaitText("Username: ", WAIT);
            }
            try (RawClient sixth = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
                assertTrue(sixth.awaitEof(WAIT), "line vty 0 4: five lines, the sixth connection is closed");
                assertTrue(sixth.text().contains("% All lines are busy"), sixth.text());
                assertFalse(sixth.text().contains("Username:"), sixth.text());
            }
            idle.remove(0).close();
            // the line is free once the server has seen that client go
            long deadline = System.nanoTime() + WAIT.toNanos();
            boolean admitted = false;
            while (!admitted && System.nanoTime() < deadline) {
                try (RawClient next = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
                    next.awaitText("\n", WAIT);
                    Thread.sleep(100);
                    admitted = next.text().contains("Username:");
                }
            }
            assertTrue(admitted, "a line freed by the client that left is given to the next");
        } finally {
            for (RawClient c : idle) {
                c.close();
            }
        }
    }

    @Test
    void hostKeySurvivesARestartAndChangesWithCryptoKeyGenerate(@TempDir Path nvram) throws Exception {
        Path startup = nvram.resolve("startup-config");
        java.security.PublicKey first;
        try (AccessRouter one = new AccessRouter(Optional.of(startup), AccessRouter.BASE_CONFIG)) {
            one.console("write memory");
            first = hostKey(one);
        }
        assertTrue(Files.exists(nvram.resolve("startup-config-ssh-host-key.pem")));
        try (AccessRouter two = new AccessRouter(Optional.of(startup), List.of())) {
            assertEquals(first, hostKey(two), "same key after a restart");
            two.console("enable", AccessRouter.ENABLE, "configure terminal", "crypto key generate rsa modulus 1024", "yes",
                    "end");
            assertFalse(first.equals(hostKey(two)), "crypto key generate rsa replaces the host key");
        }
    }

    @Test
    void sshWaitsForCryptoKeyGenerateRsa(@TempDir Path nvram) throws Exception {
        Path startup = nvram.resolve("startup-config");
        List<String> withoutKeys = AccessRouter.BASE_CONFIG.stream()
                .filter(l -> !l.startsWith("crypto key generate")).toList();
        try (AccessRouter keyless = new AccessRouter(Optional.of(startup), withoutKeys)) {
            assertThrows(SshException.class,
                    () -> SshShell.open(client, keyless.sshPort(), "admin", AccessRouter.PASSWORD).close());
            assertFalse(Files.exists(nvram.resolve("startup-config-ssh-host-key.pem")), "no keys in NVRAM yet");
            keyless.console("configure terminal", "crypto key generate rsa modulus 1024", "end");
            try (SshShell admin = SshShell.open(client, keyless.sshPort(), "admin", AccessRouter.PASSWORD)) {
                admin.await("R1#");
            }
            assertTrue(Files.exists(nvram.resolve("startup-config-ssh-host-key.pem")));
        }
    }

    private java.security.PublicKey hostKey(AccessRouter router) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.security.PublicKey> seen = new java.util.concurrent.atomic.AtomicReference<>();
        SshClient c = SshClient.setUpDefaultClient();
        c.setServerKeyVerifier((s, a, key) -> {
            seen.set(key);
            return true;
        });
        c.start();
        try (var session = c.connect("admin", new InetSocketAddress("127.0.0.1", router.sshPort())).verify(WAIT)
                .getSession()) {
            session.addPasswordIdentity(AccessRouter.PASSWORD);
            session.auth().verify(WAIT);
        } finally {
            c.stop();
        }
        return seen.get();
    }
}
