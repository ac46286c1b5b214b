package org.iosemu.access;

import java.util.Optional;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.remote.ExecHandler;
import org.iosemu.remote.ExecResult;
import org.iosemu.remote.RemotePeer;

/**
 * {@code ssh admin@r1 "show version"}: one command on a vty session of its own, at the user's privilege
 * level, that ends with the command. Exit status 1 when IOS rejected the line.
 */
final class VtyExec implements ExecHandler {

    private final RouterContext router;
    private final VtyPolicy policy;
    private final VtyLines lines;

    VtyExec(RouterContext router, VtyPolicy policy, VtyLines lines) {
        this.router = router;
        this.policy = policy;
        this.lines = lines;
    }

    @Override
    public ExecResult execute(String commandLine, RemotePeer peer) {
        Optional<VtyLines.Lease> lease = lines.acquire();
        if (lease.isEmpty()) {
            return new ExecResult("% All lines are busy\n", 1);
        }
        try (VtyLines.Lease held = lease.get()) {
            IosSession.Origin origin = IosSession.Origin.vty(held.line(), VtyShell.hostOf(peer.remoteAddress()),
                    peer.user());
            IosSession session = IosSession.authenticated(router, origin, policy.levelOf(held.line(), peer.user()));
            try {
                StringBuilder out = new StringBuilder();
                boolean rejected = session.submit(commandLine, out::append).rejected();
                return new ExecResult(out.toString(), rejected ? 1 : 0);
            } finally {
                session.hangUp();
            }
        }
    }
}
