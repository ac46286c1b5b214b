package org.iosemu.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain-socket client for the telnet tests: records every byte received on a background thread. */
public final class RawClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile boolean eof;

    public RawClient(InetSocketAddress address, boolean read) throws IOException {
        socket = new Socket();
        socket.connect(address, 5000);
        out = socket.getOutputStream();
        if (read) {
            Thread reader = new Thread(this::pump, "test-client-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    public RawClient(InetSocketAddress address) throws IOException {
        this(address, true);
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Everything received so far, one char per byte. */
    public String raw() {
        synchronized (received) {
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** Received data with telnet commands (IAC x, IAC x opt, IAC SB .. IAC SE) removed. */
    public String text() {
        return stripTelnet(raw());
    }

    public String awaitText(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String text = text();
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("did not receive " + printable(expected) + " within " + timeout + "; got: "
                + printable(text()));
    }

    /** Waits until text() holds {@code expected} at least {@code count} times. */
    public String awaitCount(String expected, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String text = text();
            if (occurrences(text, expected) >= count) {
                return text;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("did not receive " + count + "x " + printable(expected) + "; got: "
                + printable(text()));
    }

    public boolean awaitEof(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !eof) {
            Thread.sleep(10);
        }
        return eof;
    }

    public static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    public static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        String tail = s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        for (char c : tail.toCharArray()) {
            if (c < 32 || c > 126) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String stripTelnet(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            int c = raw.charAt(i);
            if (c != 255) {
                sb.append((char) c);
                continue;
            }
            if (i + 1 >= raw.length()) {
                break;
            }
            int cmd = raw.charAt(++i);
            if (cmd == 255) {
                sb.append((char) 255);
            } else if (cmd >= 251) {
                i++;
            } else if (cmd == 250) {
                int end = raw.indexOf("\u00ff\u00f0", i);
                i = end < 0 ? raw.length() : end + 1;
            }
        }
        return sb.toString();
    }

    public void closeOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void pump() {
        byte[] buffer = new byte[65536];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (received) {
                    received.write(buffer, 0, n);
                }
            }
        } catch (IOException ignored) {
            // socket closed by the test
        }
        eof = true;
    }
}
