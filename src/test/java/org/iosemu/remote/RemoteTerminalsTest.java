package org.iosemu.remote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/** The terminal a remote connection gets: its echo of type-ahead never splits what the front end writes. */
class RemoteTerminalsTest {

    /**
     * Holds the front end's write after its first byte until the echo of a typed key reached the stream (or
     * a second passed): without a common lock the echo lands inside the written line.
     */
    private static final class PausingStream extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch echoed = new CountDownLatch(1);

        @Override
        public void write(int b) {
            synchronized (bytes) {
                bytes.write(b);
            }
            if (b == 'x') {
                echoed.countDown();
            } else if (b == 'g' && writing.getCount() > 0) {
                writing.countDown();
                try {
                    echoed.await(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.US_ASCII);
            }
        }
    }

    @Test
    void echoOfTypeAheadFallsBetweenWritesNotInsideThem() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PausingStream screen = new PausingStream();
        try (Terminal terminal = RemoteTerminals.create("test", null, new PipedInputStream(keyboard), screen, null)) {
            Thread frontEnd = new Thread(() -> {
                terminal.writer().print("got[hello]\n");
                terminal.flush();
            });
            frontEnd.start();
            assertTrue(screen.writing.await(5, TimeUnit.SECONDS));
            keyboard.write('x'); // typed while the line is being written
            keyboard.flush();
            frontEnd.join(5000);
            assertTrue(screen.echoed.await(5, TimeUnit.SECONDS), "echo is on by default");
            assertTrue(screen.text().contains("got[hello]\r\n"), screen.text());
        }
    }
}
