package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.iosemu.remote.RawClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile or broken clients on a vty: each test keeps a well-behaved SSH session open next to the bad
 * one and checks it still answers promptly, and that the configuration did not change.
 */
@Timeout(120)
class BadInputTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private SshClient client;
    private AccessRouter r;
    private SshShell good;
    private String configBefore;

    @BeforeEach
    void start() throws Exception {
        client = SshShell.client();
        r = AccessRouter.standard();
        good = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD);
        good.await("R1#");
        good.line("terminal length 0", "R1#");
        configBefore = runningConfig();
    }

    @AfterEach
    void stop() throws Exception {
        good.close();
        client.stop();
        r.close();
    }

    /** The body of show run (its header has the time of the last change, which must not move either). */
    private String runningConfig() {
        return r.console("show running-config");
    }

    private void goodSessionStillAnswers() throws Exception {
        long started = System.nanoTime();
        String out = good.line("show privilege", "Current privilege level is 15");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2000, "the good session waited " + millis + " ms: " + out);
        good.line("configure terminal", "R1(config)#");
        good.line("end", "R1#");
        r.console("show clock"); // the console is fine too
    }

    private void configUnchangedByTheBadClient() {
        assertEquals(configBefore, runningConfig());
    }

    @Test
    void binaryGarbageBeforeLoginAndInsideAUserSession() throws Exception {
        Random random = new Random(42);
        byte[] garbage = new byte[256 * 1024];
        random.nextBytes(garbage);
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            telnet.awaitText("Username: ", WAIT);
            telnet.send(garbage);
            goodSessionStillAnswers();
        }
        try (SshShell oper = SshShell.open(client, r.sshPort(), "oper", "Op3rPass")) {
            oper.await("R1>");
            try {
                for (int i = 0; i < 16; i++) {
                    random.nextBytes(garbage);
                    oper.send(new String(garbage, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            } catch (java.io.IOException closedOnUs) {
                // fine: garbage may hold a key that ends the session (^D on an empty line)
            }
            goodSessionStillAnswers();
        }
        configUnchangedByTheBadClient();
    }

    @Test
    void aOneMegabyteLineIsRejectedWithoutHurtingOthers() throws Exception {
        try (SshShell admin = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            admin.await("R1#");
            admin.send("configure terminal\r");
            admin.await("R1(config)#");
            admin.send("hostname " + "x".repeat(1024 * 1024) + "\r");
            goodSessionStillAnswers();
            admin.line("end", "R1#");
            assertTrue(admin.line("show privilege", "R1#").contains("Current privilege level is 15"));
        }
        configUnchangedByTheBadClient();
    }

    @Test
    void aClientThatNeverReadsOnlyStallsItself() throws Exception {
        ClientSession session = client.connect("admin", new InetSocketAddress("127.0.0.1", r.sshPort()))
                .verify(WAIT).getSession();
        session.addPasswordIdentity(AccessRouter.PASSWORD);
        session.auth().verify(WAIT);
        try (ChannelShell mute = session.createShellChannel()) {
            mute.setOut(new BlockedStream());
            mute.setErr(new BlockedStream());
            mute.open().verify(WAIT);
            OutputStream keys = mute.getInvertedIn();
            keys.write("terminal length 0\r".getBytes());
            for (int i = 0; i < 200; i++) {
                keys.write("show running-config\r".getBytes());
            }
            keys.flush();
            Thread.sleep(500);
            goodSessionStillAnswers();
        } finally {
            session.close(true);
        }
        configUnchangedByTheBadClient();
    }

    @Test
    void abruptDisconnectsMidCommandLeaveNothingBehind() throws Exception {
        for (int i = 0; i < 5; i++) {
            try (Socket raw = new Socket("127.0.0.1", r.telnetPort())) {
                raw.getOutputStream().write("admin\r\n".getBytes());
                raw.setSoLinger(true, 0); // RST instead of FIN
            }
            SshShell abandoned = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD);
            abandoned.await("R1#");
            abandoned.send("configure terminal\rhostname HALF");
            abandoned.await("R1(config)#hostname HALF");
            abandoned.close();
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (r.router.sessions().size() > 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(2, r.router.sessions().size(), "console and the good session remain");
        goodSessionStillAnswers();
        configUnchangedByTheBadClient();
    }

    /** An SSH channel sink that blocks forever: the client never reads, so the window fills up. */
    private static final class BlockedStream extends OutputStream {
        @Override
        public void write(int b) {
            block();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            block();
        }

        private static void block() {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
