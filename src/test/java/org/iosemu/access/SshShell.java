package org.iosemu.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;

/** An interactive SSH shell for tests (MINA client): sends keystrokes, collects everything printed. */
final class SshShell implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final ClientSession session;
    private final ChannelShell channel;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private OutputStream in;

    private SshShell(ClientSession session, ChannelShell channel) {
        this.session = session;
        this.channel = channel;
    }

    static SshClient client() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, address, key) -> true);
        client.start();
        return client;
    }

    static SshShell open(SshClient client, int port, String user, String password) throws IOException {
        ClientSession session = client.connect(user, new InetSocketAddress("127.0.0.1", port)).verify(WAIT).getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(WAIT);
        ChannelShell channel = session.createShellChannel();
        channel.setPtyType("vt100");
        SshShell shell = new SshShell(session, channel);
        channel.setOut(shell.sink());
        channel.setErr(shell.sink());
        channel.open().verify(WAIT);
        shell.in = channel.getInvertedIn();
        return shell;
    }

    private OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (received) {
                    received.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (received) {
                    received.write(b, off, len);
                }
            }
        };
    }

    void send(byte[] keys) throws IOException {
        in.write(keys);
        in.flush();
    }

    void send(String keys) throws IOException {
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Types a line and waits until {@code expected} shows up after it. */
    String line(String text, String expected) throws IOException, InterruptedException {
        int from = length();
        send(text + "\r");
        return awaitAfter(from, expected);
    }

    int length() {
        synchronized (received) {
            return received.size();
        }
    }

    /** What arrived, byte for byte (no line-end normalising). */
    String raw() {
        synchronized (received) {
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    String text() {
        synchronized (received) {
            return received.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    String awaitAfter(int from, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String all;
            synchronized (received) {
                all = new String(received.toByteArray(), from, received.size() - from, StandardCharsets.UTF_8);
            }
            all = all.replace("\r\n", "\n");
            if (all.contains(expected)) {
                return all;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no '" + expected + "' within " + WAIT + "; got: " + text());
    }

    String await(String expected) throws InterruptedException {
        return awaitAfter(0, expected);
    }

    /** Waits until the SSH connection itself (not just the channel) is gone. */
    boolean awaitSessionClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (session.isClosed()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    Integer exitStatus() {
        return channel.getExitStatus();
    }

    boolean closed() {
        return channel.isClosed() || session.isClosed();
    }

    boolean awaitClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (channel.isClosed() || channel.isClosing()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        channel.close(true);
        session.close(true);
    }
}
