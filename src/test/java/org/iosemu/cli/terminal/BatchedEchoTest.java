package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The console on a connection-like terminal (keys pumped in by another thread, output sent on every
 * flush): a line that arrives in one piece is echoed in one send, a key typed on its own is echoed at once.
 */
@Timeout(20)
class BatchedEchoTest {

    private final FakeSession session = new FakeSession();
    private final Sends sends = new Sends();
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private Thread console;
    private Terminal terminal;

    private void start() throws Exception {
        terminal = new ExternalTerminal("vty", "ansi", new PipedInputStream(keyboard, 64 * 1024), sends,
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(200, 24));
        console = new Thread(() -> new TerminalConsole(terminal, session).run(), "console");
        console.start();
        sends.await("Router>");
    }

    @AfterEach
    void stop() throws Exception {
        keyboard.close();
        console.join(5_000);
        terminal.close();
    }

    @Test
    void aLineSentInOnePieceIsEchoedInOneSend() throws Exception {
        start();
        int before = sends.count();
        type("lines 2\r");
        sends.awaitSince(before, "line 2\r\nRouter>");
        List<String> echo = sends.since(before);
        assertTrue(echo.get(0).contains("lines 2"), "first send after the keys: " + echo);
        assertTrue(echo.size() <= 3, "echo, output and prompt in at most three sends: " + echo);
        assertEquals(List.of("lines 2"), session.submitted);
    }

    @Test
    void aKeyTypedAloneIsEchoedAtOnce() throws Exception {
        start();
        for (char key : "lines 1".toCharArray()) {
            int before = sends.count();
            type(String.valueOf(key));
            // waits for this key's echo before the next key is typed: a held echo would time out here
            sends.awaitSendAfter(before);
            assertTrue(String.join("", sends.since(before)).contains(String.valueOf(key)));
        }
        type("\r");
        sends.await("line 1");
        assertEquals(List.of("lines 1"), session.submitted);
    }

    private void type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();
    }

    /** The terminal's output, cut where it was flushed: one entry per network send. */
    private static final class Sends extends OutputStream {
        private final List<String> sent = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            pending.append((char) b);
        }

        @Override
        public synchronized void flush() {
            if (pending.length() > 0) {
                sent.add(pending.toString());
                pending.setLength(0);
                notifyAll();
            }
        }

        synchronized int count() {
            return sent.size();
        }

        synchronized List<String> since(int index) {
            return List.copyOf(sent.subList(index, sent.size()));
        }

        synchronized void await(String text) throws InterruptedException {
            awaitSince(0, text);
        }

        synchronized void awaitSince(int index, String text) throws InterruptedException {
            while (!String.join("", sent.subList(index, sent.size())).contains(text)) {
                wait(5_000);
            }
        }

        synchronized void awaitSendAfter(int index) throws InterruptedException {
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (sent.size() <= index) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new AssertionError("no send within 2 s; sends so far: " + sent);
                }
                wait(left);
            }
        }
    }
}
