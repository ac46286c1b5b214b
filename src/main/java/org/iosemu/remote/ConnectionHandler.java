package org.iosemu.remote;

import org.jline.terminal.Terminal;

/**
 * Runs one interactive session on a terminal that a transport built for an authenticated connection.
 * The integrator wires the JLine front end and an IosSession in here. Returning (or throwing) ends the
 * connection; the transport closes the terminal afterwards.
 */
@FunctionalInterface
public interface ConnectionHandler {
    void run(Terminal terminal, RemotePeer peer) throws Exception;
}
