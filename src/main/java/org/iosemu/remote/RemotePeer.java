package org.iosemu.remote;

import java.net.SocketAddress;
import java.util.Objects;

/**
 * Who is on the other end of a remote session: the transport ("telnet" or "ssh"), the user name that
 * logged in (empty when the line asked only for a password, or for no login at all) and the addresses.
 */
public record RemotePeer(String transport, String user, SocketAddress remoteAddress, SocketAddress localAddress) {

    public RemotePeer {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(user, "user");
    }

    public RemotePeer withUser(String loggedInUser) {
        return new RemotePeer(transport, loggedInUser, remoteAddress, localAddress);
    }
}
