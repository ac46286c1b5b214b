package org.iosemu.remote.ssh;

import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.session.ServerSession;
import org.iosemu.remote.RemotePeer;

/** The RemotePeer of an authenticated SSH channel. */
final class SshPeers {

    private SshPeers() {
    }

    static RemotePeer of(ChannelSession channel) {
        ServerSession session = channel.getServerSession();
        String user = session.getUsername() == null ? "" : session.getUsername();
        return new RemotePeer("ssh", user, session.getClientAddress(), session.getIoSession().getLocalAddress());
    }
}
