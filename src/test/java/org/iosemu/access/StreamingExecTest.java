package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * `ssh oper@r1 "ping A repeat 2147483647"` from a privilege-1 user: the output streams to the client while
 * the ping runs (nothing piles up on the server), Ctrl-C from the client stops it with the success rate, and
 * a client that goes away ends it and frees its vty.
 */
@Timeout(60)
class StreamingExecTest extends SshRouterTest {

    private static final String HUGE_PING = "ping 10.9.9.9 repeat 2147483647";

    private ClientSession login() throws Exception {
        ClientSession session = client.connect("oper", new InetSocketAddress("127.0.0.1", r.sshPort()))
                .verify(SshShell.WAIT).getSession();
        session.addPasswordIdentity("Op3rPass");
        session.auth().verify(SshShell.WAIT);
        return session;
    }

    /** Counts the dots received and opens the latch once {@code wanted} arrived. */
    private static final class Dots extends OutputStream {
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        final CountDownLatch enough = new CountDownLatch(1);
        final StringBuilder tail = new StringBuilder();
        private final long wanted;
        private long dots;

        Dots(long wanted) {
            this.wanted = wanted;
        }

        @Override
        public synchronized void write(int b) {
            if (head.size() < 400) {
                head.write(b);
            }
            tail.append((char) b);
            if (tail.length() > 400) {
                tail.delete(0, tail.length() - 400);
            }
            if (b == '.' && ++dots >= wanted) {
                enough.countDown();
            }
        }

        synchronized String tail() {
            return tail.toString();
        }
    }

    @Test
    void aHugePingStreamsAndCtrlCFromTheClientStopsIt() throws Exception {
        try (ClientSession session = login()) {
            Dots out = new Dots(300);   // a few hundred prove streaming; a loaded machine sends them slowly
            PipedOutputStream keys = new PipedOutputStream();
            try (ChannelExec channel = session.createExecChannel(HUGE_PING)) {
                channel.setOut(out);
                channel.setIn(new PipedInputStream(keys));
                channel.open().verify(SshShell.WAIT);
                assertTrue(out.enough.await(60, TimeUnit.SECONDS), "dots arrive while the ping runs");
                assertTrue(out.head.toString(StandardCharsets.UTF_8).startsWith("Type escape sequence to abort.\r\n"
                        + "Sending 2147483647, 100-byte ICMP Echos to 10.9.9.9, timeout is 2 seconds:\r\n......"));
                keys.write(3);
                keys.flush();
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshShell.WAIT);
                assertEquals(0, channel.getExitStatus());
                assertTrue(out.tail().matches("(?s).*\\.\r\nSuccess rate is 0 percent \\(0/\\d+\\)\r\n"), out.tail());
            }
        }
        assertEquals(1, r.router.sessions().size(), "the exec's vty session ended with its ping");
    }

    @Test
    void aClientThatGoesAwayEndsThePing() throws Exception {
        try (ClientSession session = login()) {
            Dots out = new Dots(300);
            ChannelExec channel = session.createExecChannel(HUGE_PING);
            channel.setOut(out);
            channel.open().verify(SshShell.WAIT);
            assertTrue(out.enough.await(60, TimeUnit.SECONDS), "dots arrive while the ping runs");
            channel.close(true);
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (r.router.sessions().size() > 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, r.router.sessions().size(), "the ping stopped and its vty session ended");
    }
}
