package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One session's open telnet/SSH connections to other routers (IOS numbers them from 1, lowest free first):
 * at most one is in the foreground, receiving the typed lines; the most recently used one is the current
 * connection that Enter on an empty line, `resume` and `disconnect` without a number act on.
 */
final class OutgoingConnections {

    /** IOS's default session limit per line. */
    static final int LIMIT = 16;

    /** One connection: how the user named the host, its address, and the far end's session. */
    static final class Connection {
        final int number;
        final String host;
        final String address;
        final TerminalSession remote;
        long lastUsedMillis;

        Connection(int number, String host, String address, TerminalSession remote, long nowMillis) {
            this.number = number;
            this.host = host;
            this.address = address;
            this.remote = remote;
            this.lastUsedMillis = nowMillis;
        }
    }

    private final List<Connection> open = new ArrayList<>();
    private Connection current;
    private Connection foreground;

    boolean isEmpty() {
        return open.isEmpty();
    }

    boolean full() {
        return open.size() >= LIMIT;
    }

    /** A new connection in the foreground. */
    synchronized Connection add(String host, String address, TerminalSession remote, long nowMillis) {
        int number = 1;
        while (find(number).isPresent()) {
            number++;
        }
        Connection c = new Connection(number, host, address, remote, nowMillis);
        open.add(c);
        open.sort((a, b) -> Integer.compare(a.number, b.number));
        current = c;
        foreground = c;
        return c;
    }

    synchronized Optional<Connection> foreground() {
        return Optional.ofNullable(foreground);
    }

    synchronized boolean inForeground(Connection c) {
        return foreground == c;
    }

    synchronized Optional<Connection> current() {
        return Optional.ofNullable(current);
    }

    synchronized Optional<Connection> find(int number) {
        return open.stream().filter(c -> c.number == number).findFirst();
    }

    /** The connection whose host (as typed) is {@code name}, as IOS resumes a connection by its name. */
    synchronized Optional<Connection> named(String name) {
        return open.stream().filter(c -> c.host.equalsIgnoreCase(name)).findFirst();
    }

    synchronized void toForeground(Connection c) {
        current = c;
        foreground = c;
    }

    /** Ctrl-^ x: back to the local prompt, the connection stays open. */
    synchronized void suspend() {
        foreground = null;
    }

    synchronized void remove(Connection c) {
        open.remove(c);
        if (foreground == c) {
            foreground = null;
        }
        if (current == c) {
            current = open.isEmpty() ? null : open.get(open.size() - 1);
        }
    }

    synchronized List<Connection> all() {
        return List.copyOf(open);
    }
}
