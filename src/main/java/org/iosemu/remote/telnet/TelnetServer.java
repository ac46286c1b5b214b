package org.iosemu.remote.telnet;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Set<TelnetConnection> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket serverSocket;
    private Thread acceptor;

    public TelnetServer(TelnetServerConfig config, LoginDialog login, ConnectionHandler handler) {
        this.config = Objects.requireNonNull(config, "config");
        this.login = Objects.requireNonNull(login, "login");
        this.handler = Objects.requireNonNull(handler, "handler");
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
            if (connections.size() >= config.maxConnections()) {
                // all vty lines busy: refuse like a router with no free line
                closeQuietly(socket);
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

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
