package org.iosemu.remote.telnet;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.iosemu.remote.ConnectionHandler;
import org.iosemu.remote.LoginDialog;

/**
 * A telnet (RFC 854) server that turns each connection into a JLine terminal, runs the vty login and
 * hands the terminal to a {@link ConnectionHandler}. Every connection has its own threads (reader pump,
 * session, output writer), so a slow, silent or hostile client only ever blocks itself.
 */
public final class TelnetServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TelnetServer.class.getName());

    private final TelnetServerConfig config;
    private final LoginDialog login;
    private final ConnectionHandler handler;
    private final IntPredicate admits;
    private final Set<TelnetConnection> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket serverSocket;
    private Thread acceptor;

    public TelnetServer(TelnetServerConfig config, LoginDialog login, ConnectionHandler handler) {
        this(config, login, handler, open -> true);
    }

    /**
     * As {@link #TelnetServer(TelnetServerConfig, LoginDialog, ConnectionHandler)}, admitting a new connection
     * only while {@code admits} accepts the number already open (the router's free vty lines), and never
     * more than the config's maximum. A refused client is told why before the close.
     */
    public TelnetServer(TelnetServerConfig config, LoginDialog login, ConnectionHandler handler, IntPredicate admits) {
        this.config = Objects.requireNonNull(config, "config");
        this.login = Objects.requireNonNull(login, "login");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.admits = Objects.requireNonNull(admits, "admits");
    }

    /** Binds and starts accepting; returns once the port is open. */
    public synchronized void start() throws IOException {
        if (serverSocket != null) {
            throw new IllegalStateException("already started");
        }
        serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(config.bindAddress(), config.port()), 50);
        acceptor = new Thread(this::acceptLoop, "telnet-accept " + serverSocket.getLocalSocketAddress());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The bound address (with the real port when the config asked for 0). */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    public int port() {
        return address().getPort();
    }

    public int activeConnections() {
        return connections.size();
    }

    /** Stops listening and drops every connection. */
    @Override
    public synchronized void close() {
        if (serverSocket != null) {
            try {
                serverSocket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        connections.forEach(TelnetConnection::abort);
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(Level.WARNING, "telnet accept failed", e);
                }
                continue;
            }
            int open = connections.size();
            if (open >= config.maxConnections() || !admits.test(open)) {
                // all vty lines busy (logins in progress hold theirs, as on IOS): say so and close
                refuse(socket);
                continue;
            }
            TelnetConnection connection = new TelnetConnection(socket, config, login, handler);
            connections.add(connection);
            Thread thread = new Thread(() -> {
                try {
                    connection.run();
                } finally {
                    connections.remove(connection);
                }
            }, "telnet " + socket.getRemoteSocketAddress());
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** IOS's words for a connection no vty line is free for; a small write that never blocks the acceptor. */
    static final String ALL_LINES_BUSY = "% All lines are busy\r\n";

    private static void refuse(Socket socket) {
        try {
            socket.setSoLinger(true, 1);
            socket.getOutputStream().write(ALL_LINES_BUSY.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (IOException ignored) {
            // the client left already
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
