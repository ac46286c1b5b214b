package org.iosemu.remote.telnet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.iosemu.remote.ConnectionHandler;
import org.iosemu.remote.LineEndNormalizer;
import org.iosemu.remote.LoginDialog;
import org.iosemu.remote.OutputQueue;
import org.iosemu.remote.RemotePeer;
import org.iosemu.remote.RemoteTerminals;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/** One accepted telnet socket, from option negotiation through login to the handler and the close. */
final class TelnetConnection implements Runnable {

    private static final System.Logger LOG = System.getLogger(TelnetConnection.class.getName());

    private final Socket socket;
    private final TelnetServerConfig config;
    private final LoginDialog login;
    private final ConnectionHandler handler;
    private final Object terminalLock = new Object();
    private Terminal terminal;

    TelnetConnection(Socket socket, TelnetServerConfig config, LoginDialog login, ConnectionHandler handler) {
        this.socket = socket;
        this.config = config;
        this.login = login;
        this.handler = handler;
    }

    @Override
    public void run() {
        RemotePeer peer = new RemotePeer("telnet", "", socket.getRemoteSocketAddress(), socket.getLocalSocketAddress());
        OutputQueue queue = null;
        try {
            socket.setTcpNoDelay(true);
            queue = new OutputQueue(socket.getOutputStream(), config.outputBufferBytes(), config.outputStallTimeout(),
                    "telnet-out " + peer.remoteAddress(), this::abort);
            TelnetOptions options = new TelnetOptions(queue::write,
                    Set.of(TelnetCodes.OPT_ECHO, TelnetCodes.OPT_SGA),
                    Set.of(TelnetCodes.OPT_NAWS, TelnetCodes.OPT_SGA));
            // we echo and never send GA, and want the window size; clients that refuse still work
            options.offer(TelnetCodes.OPT_ECHO);
            options.offer(TelnetCodes.OPT_SGA);
            options.ask(TelnetCodes.OPT_NAWS);
            TelnetInput input = new TelnetInput(socket.getInputStream(), options, queue::write, this::resize);

            Terminal created = RemoteTerminals.create("telnet", RemoteTerminals.DEFAULT_TYPE,
                    new LineEndNormalizer(input), new BufferedOutputStream(new TelnetDataOutput(queue), 8192),
                    input.windowSize());
            synchronized (terminalLock) {
                terminal = created;
            }
            // a NAWS that arrived while the terminal was being built
            if (input.windowSize() != null) {
                resize(input.windowSize());
            }
            Optional<String> user = login.run(created);
            if (user.isPresent()) {
                handler.run(created, peer.withUser(user.get()));
            }
            created.flush();
            queue.drainFully(Duration.ofSeconds(2));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "telnet connection from " + peer.remoteAddress() + " ended: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a failing handler ends only its own connection
            LOG.log(Level.WARNING, "telnet session from " + peer.remoteAddress() + " failed", e);
        } finally {
            closeQuietly(queue);
        }
    }

    /** Closes the connection from outside (server shutdown, stalled output). */
    void abort() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void resize(Size size) {
        synchronized (terminalLock) {
            if (terminal != null) {
                terminal.setSize(size);
                terminal.raise(Terminal.Signal.WINCH);
            }
        }
    }

    private void closeQuietly(OutputQueue queue) {
        Terminal current;
        synchronized (terminalLock) {
            current = terminal;
        }
        if (current != null) {
            try {
                current.close();
            } catch (IOException | RuntimeException ignored) {
                // the socket goes anyway
            }
        }
        if (queue != null) {
            queue.close();
        }
        abort();
    }
}
