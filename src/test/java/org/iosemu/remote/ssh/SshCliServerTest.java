package org.iosemu.remote.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.SshException;
import org.iosemu.remote.ExecHandler;
import org.iosemu.remote.ExecResult;
import org.iosemu.remote.LineHandler;
import org.iosemu.remote.RawClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshCliServerTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private final LineHandler shellHandler = new LineHandler();
    private final AtomicReference<PublicKey> seenHostKey = new AtomicReference<>();
    private final java.util.concurrent.CountDownLatch wrongPasswordChecked = new java.util.concurrent.CountDownLatch(1);
    private SshClient client;
    private SshCliServer server;

    @BeforeEach
    void startClient() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> {
            seenHostKey.set(key);
            return true;
        });
        client.start();
    }

    @AfterEach
    void stopAll() throws IOException {
        client.stop();
        if (server != null) {
            server.close();
        }
    }

    private SshCliServer startServer() throws IOException {
        return startServer(Duration.ofMillis(10));
    }

    private SshCliServer startServer(Duration failureDelay) throws IOException {
        SshCliServer started = new SshCliServer(
                SshServerConfig.loopback(0, dir.resolve("nvram/ssh-host-key.pem")).withFailureDelay(failureDelay),
                (user, password) -> {
                    boolean ok = user.equals("admin") && password.equals("cisco");
                    if (!ok) {
                        wrongPasswordChecked.countDown();
                    }
                    return ok;
                }, shellHandler,
                ExecHandler.of((command, peer) -> command.equals("fail")
                        ? new ExecResult("% Invalid input detected\n", 1)
                        : ExecResult.ok("ran[" + command + "] as " + peer.user() + "\nsecond line\n")));
        started.start();
        return started;
    }

    private ClientSession login(String user, String password) throws IOException {
        ClientSession session = client.connect(user, server.address()).verify(WAIT).getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(WAIT);
        return session;
    }

    @Test
    void passwordLoginSucceedsAndLooksLikeIos() throws IOException {
        server = startServer();
        assertTrue(server.address().getAddress().isLoopbackAddress());
        try (ClientSession session = login("admin", "cisco")) {
            assertTrue(session.isAuthenticated());
            assertEquals("SSH-2.0-Cisco-1.25", session.getServerVersion());
        }
    }

    @Test
    void wrongPasswordOrUserIsRefused() throws IOException {
        server = startServer();
        assertThrows(SshException.class, () -> login("admin", "wrong").close());
        assertThrows(SshException.class, () -> login("root", "cisco").close());
    }

    @Test
    void wrongPasswordsAreAnsweredSlowerEachTime() throws Exception {
        server = startServer(Duration.ofMillis(400));
        try (ClientSession slow = client.connect("admin", server.address()).verify(WAIT).getSession()) {
            slow.addPasswordIdentity("wrong1");
            slow.addPasswordIdentity("wrong2");
            long started = System.nanoTime();
            assertThrows(SshException.class, () -> slow.auth().verify(WAIT));
            // a lower bound only: load can make it later, never sooner
            long elapsed = System.nanoTime() - started;
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(1200), "400 + 800 ms, was " + elapsed / 1_000_000);
        }
    }

    @Test
    void aSessionWaitingOutItsFailureDelayHoldsUpNoOtherLogin() throws Exception {
        server = startServer(Duration.ofSeconds(60));
        try (ClientSession slow = client.connect("admin", server.address()).verify(WAIT).getSession()) {
            slow.addPasswordIdentity("wrong");
            var pending = slow.auth();
            assertTrue(wrongPasswordChecked.await(WAIT.toSeconds(), TimeUnit.SECONDS));
            // the wrong password was checked and its minute-long answer is pending: if that delay held a
            // shared thread, this login would wait a minute and fail its own verify
            login("admin", "cisco").close();
            assertFalse(pending.isDone(), "the wrong password is still being paced");
        }
    }

    @Test
    void keyboardInteractiveIsNotOffered() throws IOException {
        server = startServer();
        client.setUserAuthFactories(List.of(UserAuthKeyboardInteractiveFactory.INSTANCE));
        assertThrows(SshException.class, () -> login("admin", "cisco").close());
    }

    @Test
    void shellGetsATerminalWithThePtySizeAndRunsLines() throws Exception {
        server = startServer();
        try (ClientSession session = login("admin", "cisco");
                ChannelShell shell = session.createShellChannel()) {
            shell.setPtyType("vt100");
            shell.setPtyColumns(100);
            shell.setPtyLines(30);
            shell.open().verify(WAIT);
            ShellIo io = new ShellIo(shell);

            io.await("R1>");
            io.send("show version\n"); // netmiko's Enter over SSH
            String text = io.await("got[show version]\r\nR1>");
            assertTrue(text.contains("R1>show version\r\n"), "echoed by the terminal: " + RawClient.printable(text));

            io.send("size\r"); // Ansible's and OpenSSH's Enter
            io.await("size 100x30");

            shell.sendWindowChange(132, 40);
            Thread.sleep(200);
            io.send("size\r\n"); // one Enter, not two
            io.await("size 132x40");

            io.send("exit\r");
            assertTrue(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT).contains(ClientChannelEvent.CLOSED));
            // the router drops the connection, as IOS does: no exit status is sent
            assertEquals(null, shell.getExitStatus());
            assertTrue(session.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT).contains(ClientSessionEvent.CLOSED));
        }
        assertEquals(List.of("show version", "size", "size", "exit"), List.copyOf(shellHandler.lines));
        assertEquals("admin", shellHandler.peers.get(0).user());
        assertEquals("ssh", shellHandler.peers.get(0).transport());
    }

    @Test
    void execRunsOneCommandAndReturnsItsOutputAndStatus() throws IOException {
        server = startServer();
        try (ClientSession session = login("admin", "cisco")) {
            assertEquals("ran[show clock] as admin\r\nsecond line\r\n", exec(session, "show clock", 0));
            assertEquals("% Invalid input detected\r\n", exec(session, "fail", 1));
        }
    }

    private static String exec(ClientSession session, String command, int expectedStatus) throws IOException {
        try (ChannelExec channel = session.createExecChannel(command)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            channel.setOut(out);
            channel.setErr(new ByteArrayOutputStream());
            channel.open().verify(WAIT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED, ClientChannelEvent.EXIT_STATUS), WAIT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertEquals(expectedStatus, channel.getExitStatus());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void hostKeyIsGeneratedOncePersistedAndReusedAfterARestart() throws IOException {
        Path keyFile = dir.resolve("nvram/ssh-host-key.pem");
        assertFalse(Files.exists(keyFile));
        server = startServer();
        login("admin", "cisco").close();
        PublicKey first = seenHostKey.get();
        assertEquals(first, server.hostKey());
        assertTrue(Files.readString(keyFile).startsWith("-----BEGIN PRIVATE KEY-----"));

        server.close();
        server = startServer();
        login("admin", "cisco").close();
        assertEquals(first, seenHostKey.get());

        // crypto key generate rsa: new sessions see the new key, and so does the next start
        PublicKey regenerated = server.regenerateHostKey(2048);
        assertNotEquals(first, regenerated);
        login("admin", "cisco").close();
        assertEquals(regenerated, seenHostKey.get());
        server.close();
        server = startServer();
        login("admin", "cisco").close();
        assertEquals(regenerated, seenHostKey.get());
    }

    @Test
    void aClientHangingUpMidSessionEndsTheHandler() throws Exception {
        server = startServer();
        ClientSession session = login("admin", "cisco");
        ChannelShell shell = session.createShellChannel();
        shell.open().verify(WAIT);
        ShellIo io = new ShellIo(shell);
        io.await("R1>");
        io.send("half a li");
        session.close(true);

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.activeSessions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, server.activeSessions());
        // the server still serves others
        try (ClientSession again = login("admin", "cisco")) {
            assertEquals("ran[x] as admin\r\nsecond line\r\n", exec(again, "x", 0));
        }
    }

    @Test
    void aShellClientThatNeverReadsDoesNotHoldUpOtherSessions() throws Exception {
        server = startServer();
        try (ClientSession sleeper = login("admin", "cisco");
                ChannelShell shell = sleeper.createShellChannel()) {
            shell.open().verify(WAIT);
            OutputStream keys = shell.getInvertedIn();
            keys.write("flood 200000\r".getBytes(StandardCharsets.US_ASCII)); // ~12 MB, never read
            keys.flush();
            Thread.sleep(500);
            for (int i = 0; i < 3; i++) {
                try (ClientSession other = login("admin", "cisco");
                        ChannelShell otherShell = other.createShellChannel()) {
                    otherShell.open().verify(WAIT);
                    ShellIo io = new ShellIo(otherShell);
                    io.await("R1>");
                    io.send("hello " + i + "\r");
                    io.await("got[hello " + i + "]");
                }
            }
        }
    }

    /** Reads the shell's output on a background thread. */
    private static final class ShellIo {
        private final OutputStream in;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        ShellIo(ChannelShell shell) {
            this.in = shell.getInvertedIn();
            InputStream out = shell.getInvertedOut();
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    int n;
                    while ((n = out.read(buffer)) >= 0) {
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (IOException ignored) {
                    // channel closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void send(String text) throws IOException {
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        String await(String expected) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                String text;
                synchronized (received) {
                    text = received.toString(StandardCharsets.UTF_8);
                }
                if (text.contains(expected)) {
                    return text;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("no " + RawClient.printable(expected) + " in "
                    + RawClient.printable(received.toString(StandardCharsets.UTF_8)));
        }
    }
}
