package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.DebugFlags;
import org.iosemu.cli.session.PingRequest;
import org.iosemu.cli.session.RouterServices;
import org.iosemu.cli.session.TraceRequest;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;
import org.iosemu.remote.RawClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** `exec-timeout 0 2` on the vty lines, over real SSH and telnet connections and real time. */
@Timeout(60)
class ExecTimeoutTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long NOT_BEFORE_MILLIS = 1500;
    /** How long the test's ping takes: longer than the 2 s exec-timeout. */
    private static final long PING_MILLIS = 2500;

    private SshClient client;
    private AccessRouter r;

    @BeforeEach
    void start() throws Exception {
        client = SshShell.client();
        List<String> config = new ArrayList<>(AccessRouter.BASE_CONFIG);
        config.addAll(config.size() - 1, List.of("exec-timeout 0 2"));
        r = new AccessRouter(Optional.empty(), config, new SlowPing());
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        r.close();
    }

    @Test
    void idleSshSessionIsClosedAfterTheTimeoutWithoutAWordAndItsLineIsFree() throws Exception {
        try (SshShell ssh = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            ssh.await("R1#");
            long prompt = System.nanoTime();
            assertTrue(r.console("show users").contains("  2 vty 0     admin"));
            assertTrue(ssh.awaitClosed(WAIT), "an idle session is disconnected");
            long idleMillis = (System.nanoTime() - prompt) / 1_000_000;
            assertTrue(idleMillis >= NOT_BEFORE_MILLIS, "closed after only " + idleMillis + " ms");
            assertTrue(ssh.text().endsWith("R1#"), "IOS writes nothing on a vty timeout: " + ssh.text());
        }
        assertFalse(r.console("show users").contains("vty 0"), "the timed-out session left show users");
        try (SshShell next = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            next.await("R1#");
            assertTrue(next.line("show users", "R1#").contains("*  2 vty 0     admin"), "vty 0 is free again");
        }
    }

    @Test
    void sshSessionThatKeepsTypingStaysOpenAndShowUsersCountsIdleFromTheLastKey() throws Exception {
        try (SshShell ssh = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            ssh.await("R1#");
            for (char key : "show pri".toCharArray()) {
                Thread.sleep(500);
                ssh.send(String.valueOf(key));
                assertFalse(ssh.closed(), "closed while typing, before '" + key + "'");
            }
            Thread.sleep(300);
            assertFalse(ssh.closed(), "a session typing a key every 500 ms for 4 s stays open");
            int idle = idleSecondsOfVty0(r.console("show users"));
            assertTrue(idle <= 1, "show users counts idle time from the last key, not the last line: " + idle);
            assertTrue(ssh.line("vilege", "R1#").contains("Current privilege level is 15"));
        }
    }

    @Test
    void aCommandRunningLongerThanTheTimeoutIsNotCut() throws Exception {
        try (SshShell ssh = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            ssh.await("R1#");
            String out = ssh.line("ping 192.0.2.9", "R1#");
            long prompt = System.nanoTime();
            assertTrue(out.contains("Success rate is 0 percent (0/5)"), out);
            assertFalse(ssh.closed(), "the session outlived a " + PING_MILLIS + " ms command");
            assertTrue(ssh.awaitClosed(WAIT), "then idles out at the prompt");
            long idleMillis = (System.nanoTime() - prompt) / 1_000_000;
            assertTrue(idleMillis >= NOT_BEFORE_MILLIS, "the idle time counts from the prompt: " + idleMillis + " ms");
        }
    }

    @Test
    void idleTelnetSessionIsClosedAfterTheTimeout() throws Exception {
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            telnet.awaitText("Username: ", WAIT);
            telnet.send("admin\r\n");
            telnet.awaitText("Password: ", WAIT);
            telnet.send(AccessRouter.PASSWORD + "\r\n");
            telnet.awaitText("R1#", WAIT);
            long prompt = System.nanoTime();
            assertTrue(telnet.awaitEof(WAIT), "an idle telnet session is disconnected");
            long idleMillis = (System.nanoTime() - prompt) / 1_000_000;
            assertTrue(idleMillis >= NOT_BEFORE_MILLIS, "closed after only " + idleMillis + " ms");
            assertTrue(telnet.text().endsWith("R1#"), "nothing written on the timeout: " + telnet.text());
        }
        assertFalse(r.console("show users").contains("vty 0"));
    }

    private static int idleSecondsOfVty0(String showUsers) {
        Matcher m = Pattern.compile("  2 vty 0 +admin +idle +(\\d\\d):(\\d\\d):(\\d\\d)").matcher(showUsers);
        assertTrue(m.find(), showUsers);
        return Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
    }

    /** A standalone router whose ping takes {@link #PING_MILLIS}, like IOS pinging an address that never answers. */
    private static final class SlowPing implements RouterServices {
        private final RouterServices standalone = new StandaloneRouterServices();

        @Override
        public void ping(PingRequest request, RunningConfig config, CliOutput out) {
            try {
                Thread.sleep(PING_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            standalone.ping(request, config, out);
        }

        @Override
        public void traceroute(TraceRequest request, RunningConfig config, CliOutput out) {
            standalone.traceroute(request, config, out);
        }

        @Override
        public void showCrypto(IosParser.Sh_cryptoContext request, RunningConfig config, CliOutput out) {
            standalone.showCrypto(request, config, out);
        }

        @Override
        public void clearCrypto(IosParser.Ex_clearContext request, RunningConfig config, CliOutput out) {
            standalone.clearCrypto(request, config, out);
        }

        @Override
        public DebugFlags debugFlags() {
            return standalone.debugFlags();
        }

        @Override
        public Optional<Dialogue> ezvpn(IosParser.Ex_cryptoContext request, RunningConfig config, CliOutput out) {
            return standalone.ezvpn(request, config, out);
        }

        @Override
        public org.iosemu.cli.session.LineOutcome lab(IosParser.Ex_labContext request, CliOutput out) {
            return standalone.lab(request, out);
        }
    }
}
