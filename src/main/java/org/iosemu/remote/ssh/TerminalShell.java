package org.iosemu.remote.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.iosemu.remote.ConnectionHandler;
import org.iosemu.remote.CrlfOutputStream;
import org.iosemu.remote.LineEndNormalizer;
import org.iosemu.remote.RemotePeer;
import org.iosemu.remote.RemoteTerminals;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * An SSH "shell" request: a JLine terminal over the channel, sized from the pty request and resized on
 * window-change, run by the ConnectionHandler on its own thread. The channel closes when it returns.
 */
final class TerminalShell implements Command {

    private static final System.Logger LOG = System.getLogger(TerminalShell.class.getName());

    private final ConnectionHandler handler;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exitCallback;
    private volatile Terminal terminal;
    private Thread thread;

    TerminalShell(ConnectionHandler handler) {
        this.handler = handler;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // a pty session has one output stream, like a vty
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        RemotePeer peer = SshPeers.of(channel);
        String type = env.getEnv().getOrDefault(Environment.ENV_TERM, RemoteTerminals.DEFAULT_TYPE);
        terminal = RemoteTerminals.create("ssh", type, new LineEndNormalizer(in), new CrlfOutputStream(out),
                sizeOf(env));
        env.addSignalListener((ch, signal) -> {
            Terminal current = terminal;
            if (current != null) {
                current.setSize(RemoteTerminals.sizeOrDefault(sizeOf(env)));
                current.raise(Terminal.Signal.WINCH);
            }
        }, Signal.WINCH);
        thread = new Thread(() -> runHandler(channel, peer), "ssh-shell " + peer.user() + "@" + peer.remoteAddress());
        thread.setDaemon(true);
        thread.start();
    }

    private void runHandler(ChannelSession channel, RemotePeer peer) {
        int status = 0;
        try {
            handler.run(terminal, peer);
            terminal.flush();
        } catch (Exception e) {
            status = 1;
            LOG.log(Level.DEBUG, "ssh shell of " + peer.user() + " ended: " + e);
        } finally {
            closeTerminal();
            hangUp(channel, status);
        }
    }

    /**
     * IOS ends a vty by closing the TCP connection, with no exit status or channel close first (OpenSSH
     * then says "Connection to HOST closed by remote host."). The close waits for queued output.
     */
    private void hangUp(ChannelSession channel, int status) {
        try {
            channel.getSession().getIoSession().close(false);
        } catch (RuntimeException e) {
            exitCallback.onExit(status); // no connection to close: end the channel the usual way
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        // the channel went away (client hung up): ending the terminal gives the handler EOF
        closeTerminal();
    }

    private void closeTerminal() {
        Terminal current = terminal;
        if (current != null) {
            try {
                current.close();
            } catch (IOException | RuntimeException ignored) {
                // already gone
            }
        }
    }

    private static Size sizeOf(Environment env) {
        return new Size(parse(env.getEnv().get(Environment.ENV_COLUMNS)), parse(env.getEnv().get(Environment.ENV_LINES)));
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
