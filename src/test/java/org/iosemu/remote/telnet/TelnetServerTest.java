package org.iosemu.remote.telnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.iosemu.remote.ConnectionHandler;
import org.iosemu.remote.LineHandler;
import org.iosemu.remote.LoginDialog;
import org.iosemu.remote.LoginPolicy;
import org.iosemu.remote.RawClient;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TelnetServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String IAC_WILL_ECHO = "\u00ff\u00fb\u0001";
    private static final String IAC_WILL_SGA = "\u00ff\u00fb\u0003";
    private static final String IAC_DO_NAWS = "\u00ff\u00fd\u001f";

    private final LineHandler handler = new LineHandler();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private TelnetServer start(LoginPolicy policy, TelnetServerConfig config) throws IOException {
        return start(policy, config, new LoginDialog.Settings(3, Duration.ofMillis(50), Duration.ofSeconds(20)), handler);
    }

    private TelnetServer start(LoginPolicy policy, TelnetServerConfig config, LoginDialog.Settings settings,
            ConnectionHandler connectionHandler) throws IOException {
        LoginDialog login = new LoginDialog(() -> policy,
                (user, password) -> user.equals(policy == LoginPolicy.LOCAL ? "admin" : "") && password.equals("cisco"),
                settings);
        TelnetServer server = new TelnetServer(config, login, connectionHandler);
        server.start();
        toClose.add(server);
        return server;
    }

    private TelnetServer start() throws IOException {
        return start(LoginPolicy.NONE, TelnetServerConfig.loopback(0));
    }

    private RawClient connect(TelnetServer server) throws IOException {
        RawClient client = new RawClient(server.address());
        toClose.add(client);
        return client;
    }

    @Test
    void bindsToLoopback() throws IOException {
        TelnetServer server = start();
        assertTrue(server.address().getAddress().isLoopbackAddress());
        assertTrue(server.port() > 0);
    }

    @Test
    void offersEchoAndSuppressGoAheadAndAsksForTheWindowSize() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        String raw = client.raw();
        assertTrue(raw.startsWith(IAC_WILL_ECHO + IAC_WILL_SGA + IAC_DO_NAWS), RawClient.printable(raw));
    }

    @Test
    void nawsSetsTheTerminalSize() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        client.send("\u00ff\u00fb\u001f\u00ff\u00fa\u001f\u0000\u0084\u0000\u0030\u00ff\u00f0");
        client.send("size\r\n");
        client.awaitText("size 132x48", WAIT);
        assertEquals(new Size(132, 48), handler.sizes.get(0));
    }

    @Test
    void nawsWithAnEscaped255IsDecoded() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        // width 255 must be sent as IAC IAC inside the subnegotiation
        client.send("\u00ff\u00fb\u001f\u00ff\u00fa\u001f\u0000\u00ff\u00ff\u0000\u0019\u00ff\u00f0size\r");
        client.awaitText("size 255x25", WAIT);
    }

    @Test
    void echoesTypedCharactersAndUsesCrLfOnOutput() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        client.send("show version\r\n");
        String text = client.awaitText("got[show version]\r\nR1>", WAIT);
        assertTrue(text.contains("R1>show version\r\ngot[show version]\r\nR1>"), RawClient.printable(text));
        assertFalse(text.contains("\r\r\n"), RawClient.printable(text));
    }

    @Test
    void stillEchoesWhenTheClientRefusesEveryOption() throws Exception {
        RawClient client = connect(start());
        // telnetlib style: DONT ECHO, DONT SGA, WONT NAWS
        client.send("\u00ff\u00fe\u0001\u00ff\u00fe\u0003\u00ff\u00fc\u001f");
        client.awaitText("R1>", WAIT);
        client.send("abc\r\n");
        String text = client.awaitText("got[abc]", WAIT);
        assertTrue(text.contains("R1>abc\r\n"), RawClient.printable(text));
        // refusals of our own offers are not answered, so there is no negotiation loop
        assertEquals(3, RawClient.occurrences(client.raw(), "\u00ff"), RawClient.printable(client.raw()));
    }

    @Test
    void refusesOptionsItDoesNotSupport() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        client.send("\u00ff\u00fb\u0018\u00ff\u00fd\u0005"); // WILL TTYPE, DO STATUS
        client.send("x\r");
        client.awaitText("got[x]", WAIT);
        assertTrue(client.raw().contains("\u00ff\u00fe\u0018"), "DONT TTYPE");
        assertTrue(client.raw().contains("\u00ff\u00fc\u0005"), "WONT STATUS");
    }

    @Test
    void everyClientsEnterIsExactlyOneLine() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        client.send("crlf\r\n");
        client.send("crnul\r\0");
        client.send("barecr\r");
        client.send("lf\n");
        client.send("split\r");
        Thread.sleep(100);
        client.send("\nlast\r\n");
        client.awaitText("got[last]", WAIT);
        assertEquals(List.of("crlf", "crnul", "barecr", "lf", "split", "last"), drain(handler));
    }

    @Test
    void ctrlZAndOtherSignalKeysReachTheHandlerAsInput() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        client.send("a\u001ab\u001c\u0014\r");
        client.awaitText("got[", WAIT);
        assertEquals("a\u001ab\u001c\u0014", handler.lines.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void telnetCommandsInsideALineAreStripped() throws Exception {
        RawClient client = connect(start());
        client.awaitText("R1>", WAIT);
        client.send("sh\u00ff\u00f1ow\u00ff\u00fd\u0003 ver\u00ff\u00fa\u001f\u0000\u0050\u0000\u0018\u00ff\u00f0\r\n");
        client.awaitText("got[", WAIT);
        assertEquals("show ver", handler.lines.poll(5, TimeUnit.SECONDS)); // NOP, DO SGA, SB NAWS removed
    }

    @Test
    void outputIacIsDoubled() throws Exception {
        TelnetServer server = start(LoginPolicy.NONE, TelnetServerConfig.loopback(0));
        RawClient client = connect(server);
        client.awaitText("R1>", WAIT);
        client.send("x\r");
        client.awaitText("got[x]", WAIT);
        // nothing the handler printed contains 0xFF, so only the three negotiation IACs exist
        assertEquals(3, RawClient.occurrences(client.raw(), "\u00ff"));
    }

    @Test
    void localLoginAsksUsernameAndPasswordWithoutEchoingThePassword() throws Exception {
        RawClient client = connect(start(LoginPolicy.LOCAL, TelnetServerConfig.loopback(0)));
        client.awaitText("\r\n\r\nUser Access Verification\r\n\r\nUsername: ", WAIT);
        client.send("admin\r\n");
        client.awaitText("Password: ", WAIT);
        client.send("cisco\r\n");
        String text = client.awaitText("R1>", WAIT);
        assertTrue(text.contains("Username: admin\r\nPassword: \r\n"), RawClient.printable(text));
        assertFalse(text.contains("cisco"));
        assertEquals("admin", handler.peers.get(0).user());
        assertEquals("telnet", handler.peers.get(0).transport());
    }

    @Test
    void badLoginsSayLoginInvalidAndCloseAfterThreeTries() throws Exception {
        RawClient client = connect(start(LoginPolicy.LOCAL, TelnetServerConfig.loopback(0)));
        long started = System.nanoTime();
        String[][] attempts = {{"admin", "wrong"}, {"nobody", "cisco"}, {"admin", ""}};
        for (int i = 0; i < attempts.length; i++) {
            client.awaitCount("Username: ", i + 1, WAIT);
            client.send(attempts[i][0] + "\r");
            client.awaitCount("Password: ", i + 1, WAIT);
            client.send(attempts[i][1] + "\r");
        }
        assertTrue(client.awaitEof(WAIT), "connection closed after three failures");
        String text = client.text();
        assertEquals(3, RawClient.occurrences(text, "% Login invalid"), RawClient.printable(text));
        assertFalse(text.toLowerCase().contains("user name"), "never says which part was wrong");
        assertTrue(handler.peers.isEmpty());
        // rate limiting: 50 + 100 + 150 ms of back-off
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(300));
    }

    @Test
    void emptyUsernameIsAskedAgainWithoutCountingAsAFailure() throws Exception {
        RawClient client = connect(start(LoginPolicy.LOCAL, TelnetServerConfig.loopback(0)));
        client.awaitText("Username: ", WAIT);
        client.send("\r\n\r\n");
        client.awaitCount("Username: ", 3, WAIT);
        client.send("admin\r\ncisco\r\n"); // type-ahead of the password
        client.awaitText("R1>", WAIT);
        assertFalse(client.text().contains("% Login invalid"));
    }

    @Test
    void linePasswordAsksOnlyForAPasswordAndEndsWithBadPasswords() throws Exception {
        RawClient client = connect(start(LoginPolicy.LINE_PASSWORD, TelnetServerConfig.loopback(0)));
        for (int i = 1; i <= 3; i++) {
            client.awaitCount("Password: ", i, WAIT);
            client.send("nope" + i + "\r\n");
        }
        assertTrue(client.awaitEof(WAIT));
        String text = client.text();
        assertFalse(text.contains("Username"));
        assertTrue(text.endsWith("% Bad passwords\r\n\r\n"), RawClient.printable(text));
    }

    @Test
    void linePasswordLogsIn() throws Exception {
        RawClient client = connect(start(LoginPolicy.LINE_PASSWORD, TelnetServerConfig.loopback(0)));
        client.awaitText("Password: ", WAIT);
        client.send("cisco\r");
        client.awaitText("R1>", WAIT);
        assertEquals("", handler.peers.get(0).user());
    }

    @Test
    void disconnectMidLineAndGarbageDoNotHurtOtherConnections() throws Exception {
        TelnetServer server = start();
        RawClient steady = connect(server);
        steady.awaitText("R1>", WAIT);

        RawClient quitter = connect(server);
        quitter.awaitText("R1>", WAIT);
        quitter.send("show ver");
        quitter.close();

        RawClient noisy = connect(server);
        noisy.awaitText("R1>", WAIT);
        byte[] garbage = new byte[200_000];
        new Random(7).nextBytes(garbage);
        noisy.send(garbage);
        noisy.send("\u00ff\u00fa\u001f\u0001"); // unterminated subnegotiation, then hang up
        noisy.close();

        steady.send("still here\r\n");
        steady.awaitText("got[still here]", WAIT);
        awaitConnections(server, 1);
    }

    @Test
    void aMegabyteLineIsDeliveredWhole() throws Exception {
        TelnetServer server = start();
        RawClient client = connect(server);
        client.awaitText("R1>", WAIT);
        client.send("A".repeat(1 << 20) + "\r\n");
        client.awaitText("got[1048576 chars]", Duration.ofSeconds(30));
        client.send("exit\r\n");
        assertTrue(client.awaitEof(WAIT));
        awaitConnections(server, 0);
    }

    @Test
    void aClientThatNeverReadsBlocksOnlyItselfAndIsDroppedWhenStalled() throws Exception {
        TelnetServer server = start(LoginPolicy.NONE,
                TelnetServerConfig.loopback(0).withOutputLimits(64 * 1024, Duration.ofSeconds(2)));
        RawClient sleeper = new RawClient(server.address(), false);
        toClose.add(sleeper);
        sleeper.send("flood 200000\r\n"); // ~12 MB the client never reads

        for (int i = 0; i < 3; i++) {
            RawClient other = connect(server);
            other.awaitText("R1>", WAIT);
            other.send("hello " + i + "\r");
            other.awaitText("got[hello " + i + "]", WAIT);
            other.send("exit\r");
            assertTrue(other.awaitEof(WAIT));
        }
        awaitConnections(server, 0);
    }

    @Test
    void concurrentSessionsKeepTheirOwnLines() throws Exception {
        TelnetServer server = start();
        List<RawClient> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RawClient client = connect(server);
            clients.add(client);
        }
        for (RawClient client : clients) {
            client.awaitText("R1>", WAIT);
        }
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < clients.size(); i++) {
                clients.get(i).send("c" + i + " r" + round + "\r");
            }
        }
        for (int i = 0; i < clients.size(); i++) {
            String text = clients.get(i).awaitText("got[c" + i + " r4]", WAIT);
            for (int round = 0; round < 5; round++) {
                assertTrue(text.contains("got[c" + i + " r" + round + "]"));
            }
            assertFalse(text.contains("got[c" + ((i + 1) % clients.size()) + " "), "no cross-talk");
        }
        assertEquals(8, server.activeConnections());
    }

    @Test
    void connectionsBeyondTheVtyCountAreRefused() throws Exception {
        TelnetServer server = start(LoginPolicy.NONE, TelnetServerConfig.loopback(0).withMaxConnections(2));
        connect(server).awaitText("R1>", WAIT);
        connect(server).awaitText("R1>", WAIT);
        RawClient third = connect(server);
        assertTrue(third.awaitEof(WAIT));
        assertFalse(third.text().contains("R1>"));
    }

    @Test
    void closingTheServerDropsEveryConnection() throws Exception {
        TelnetServer server = start();
        RawClient a = connect(server);
        RawClient b = connect(server);
        a.awaitText("R1>", WAIT);
        b.awaitText("R1>", WAIT);
        server.close();
        assertTrue(a.awaitEof(WAIT));
        assertTrue(b.awaitEof(WAIT));
    }

    private static void awaitConnections(TelnetServer server, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.activeConnections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, server.activeConnections());
    }

    private static List<String> drain(LineHandler handler) {
        List<String> out = new ArrayList<>();
        handler.lines.drainTo(out);
        return out;
    }

    @Test
    void anUnansweredLoginPromptTimesOut() throws Exception {
        RawClient client = connect(start(LoginPolicy.LOCAL, TelnetServerConfig.loopback(0),
                new LoginDialog.Settings(3, Duration.ofMillis(10), Duration.ofMillis(300)), handler));
        client.awaitText("Username: ", WAIT);
        assertTrue(client.awaitEof(WAIT));
        assertTrue(client.text().endsWith("Username: \r\n% Username:  timeout expired!\r\n"),
                RawClient.printable(client.text()));
    }

    @Test
    void aJLineReaderGetsTypeAheadInOrderWithEchoAndBareCr() throws Exception {
        BlockingQueue<String> read = new LinkedBlockingQueue<>();
        ConnectionHandler jline = (terminal, peer) -> {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            while (true) {
                String line;
                try {
                    line = reader.readLine("R1#");
                } catch (EndOfFileException | UserInterruptException e) {
                    return;
                }
                read.add(line);
                terminal.writer().print("out[" + line + "]\n");
                terminal.flush();
                if (line.equals("end")) {
                    return;
                }
            }
        };
        RawClient client = connect(start(LoginPolicy.NONE, TelnetServerConfig.loopback(0),
                new LoginDialog.Settings(3, Duration.ofMillis(10), Duration.ofSeconds(5)), jline));
        client.awaitText("R1#", WAIT);
        // netmiko's send_config_set style: everything at once, mixed line ends
        client.send("conf t\rhostname R2\r\ncrypto isakmp keepalive 10\nend\r");
        assertTrue(client.awaitEof(WAIT));
        List<String> lines = new ArrayList<>();
        read.drainTo(lines);
        assertEquals(List.of("conf t", "hostname R2", "crypto isakmp keepalive 10", "end"), lines);
        String text = client.text().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        assertTrue(text.contains("R1#conf t"), RawClient.printable(text));
        assertTrue(text.contains("out[hostname R2]\r\n"), RawClient.printable(text));
    }
}
