package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.iosemu.cli.lang.Mode;
import org.iosemu.cli.session.HostileScript;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.remote.RawClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input script typed over SSH and telnet, in privileged EXEC and every configuration mode but
 * line configuration (it would lock the run out): every line gets its prompt back on the same connection,
 * the server logs no exception, and a line IOS rejects leaves the configuration as it was.
 * {@code -Diosemu.long=true} types ten times as many lines.
 */
class HostileRemoteTest extends SshRouterTest {

    private static final int LINES_PER_MODE = Boolean.getBoolean("iosemu.long") ? 200 : 12;
    private static final Pattern PROMPT_OR_QUESTION = Pattern.compile("(?s).*\n[^\n]*([>#]|[\\]?:]) ?$");
    private static final Pattern REJECTED = Pattern.compile("% (Invalid input detected|Incomplete command|Ambiguous command)");

    private final List<LogRecord> problems = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null || record.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger iosemu = Logger.getLogger("org.iosemu");
    private Level savedLevel;

    @BeforeEach
    void captureServerLogs() {
        savedLevel = iosemu.getLevel();
        iosemu.setLevel(Level.ALL);
        iosemu.addHandler(capture);
    }

    @AfterEach
    void releaseServerLogs() {
        iosemu.removeHandler(capture);
        iosemu.setLevel(savedLevel);
    }

    /** One remote session: bytes in, text out. */
    private interface Remote {
        void send(byte[] bytes) throws IOException;

        String text();

        boolean closed();
    }

    private static List<byte[]> script(long seed) {
        EnumSet<Mode> modes = EnumSet.allOf(Mode.class);
        modes.remove(Mode.USER_EXEC);
        modes.remove(Mode.LINE);
        return HostileScript.lines(seed, LINES_PER_MODE, modes, HostileScript.REMOTE_SAFE);
    }

    @Test
    void sshAndTelnetSessionsSurviveTheHostileScript() throws Exception {
        long started = System.nanoTime();
        int lines;
        try (SshShell ssh = SshShell.open(client, r.sshPort(), AccessRouter.USER, AccessRouter.PASSWORD)) {
            ssh.await("R1#");
            lines = type("ssh", new Remote() {
                public void send(byte[] bytes) throws IOException {
                    ssh.send(bytes);
                }

                public String text() {
                    return ssh.text();
                }

                public boolean closed() {
                    return ssh.closed();
                }
            }, script(21));
        }
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            telnet.awaitText("Username: ", SshShell.WAIT);
            telnet.send(AccessRouter.USER + "\r\n");
            telnet.awaitText("Password: ", SshShell.WAIT);
            telnet.send(AccessRouter.PASSWORD + "\r\n");
            telnet.awaitText("R1#", SshShell.WAIT);
            lines += type("telnet", new Remote() {
                public void send(byte[] bytes) throws IOException {
                    // a 0xFF byte is the telnet escape (IAC): sent doubled it is a data byte
                    List<Byte> escaped = new ArrayList<>();
                    for (byte b : bytes) {
                        escaped.add(b);
                        if (b == (byte) 0xff) {
                            escaped.add(b);
                        }
                    }
                    if (!escaped.isEmpty() && escaped.get(escaped.size() - 1) == '\r') {
                        escaped.add((byte) '\n');   // Enter as a telnet client sends it (CR LF, RFC 854)
                    }
                    byte[] out = new byte[escaped.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = escaped.get(i);
                    }
                    telnet.send(out);
                }

                public String text() {
                    return telnet.text().replace("\r\n", "\n");
                }

                public boolean closed() {
                    return false;
                }
            }, script(22));
        }
        assertEquals(List.of(), problems.stream().map(p -> p.getLevel() + " " + p.getMessage() + " " + p.getThrown()).toList(),
                "the server logged problems");
        System.out.printf("hostile remote: %d lines over SSH and telnet in %d ms%n", lines, (System.nanoTime() - started) / 1_000_000);
    }

    private int type(String transport, Remote remote, List<byte[]> script) throws Exception {
        // the mark is taken before sending: a fast answer may arrive before send() returns
        int start = remote.text().length();
        remote.send("terminal length 0\r".getBytes(StandardCharsets.US_ASCII));
        awaitPrompt(transport, remote, start, "terminal length 0");
        int typed = 0;
        for (byte[] line : script) {
            List<String> before = RunningConfigRenderer.body(r.router.config().current(), ConfigTimes.NONE);
            int mark = remote.text().length();
            byte[] withEnter = new byte[line.length + 1];
            System.arraycopy(line, 0, withEnter, 0, line.length);
            withEnter[line.length] = '\r';
            remote.send(withEnter);
            String shown = awaitPrompt(transport, remote, mark, new String(line, StandardCharsets.ISO_8859_1));
            if (REJECTED.matcher(shown).find()) {
                assertEquals(before, RunningConfigRenderer.body(r.router.config().current(), ConfigTimes.NONE),
                        transport + ": rejected but changed the config: " + new String(line, StandardCharsets.ISO_8859_1));
            }
            typed++;
        }
        return typed;
    }

    private static String awaitPrompt(String transport, Remote remote, int mark, String line) throws InterruptedException {
        long deadline = System.nanoTime() + SshShell.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String text = remote.text();
            String shown = text.length() >= mark ? text.substring(mark) : text;
            if (PROMPT_OR_QUESTION.matcher(shown).matches()) {
                return shown;
            }
            assertTrue(!remote.closed(), transport + " connection closed after '" + line + "': " + shown);
            Thread.sleep(2);
        }
        throw new AssertionError(transport + ": no prompt after '" + line + "'; got: "
                + remote.text().substring(Math.max(0, remote.text().length() - 500)));
    }
}
