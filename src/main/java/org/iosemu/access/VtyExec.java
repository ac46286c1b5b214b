package org.iosemu.access;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.terminal.EscapeSequence;
import org.iosemu.remote.ExecHandler;
import org.iosemu.remote.ExecStream;
import org.iosemu.remote.RemotePeer;

/**
 * {@code ssh admin@r1 "show version"}: one command on a vty session of its own, at the user's privilege
 * level, that ends with the command. Exit status 1 when IOS rejected the line. The output goes to the client
 * as the command prints it (nothing accumulates, so `ping A repeat 2147483647` runs in constant memory); the
 * command stops when the client goes away or sends Ctrl-C or the escape sequence.
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
    public int execute(String commandLine, RemotePeer peer, ExecStream out) {
        Optional<VtyLines.Lease> lease = lines.acquire();
        if (lease.isEmpty()) {
            out.print("% All lines are busy\n");
            out.flush();
            return 1;
        }
        try (VtyLines.Lease held = lease.get()) {
            IosSession.Origin origin = IosSession.Origin.vty(held.line(), VtyShell.hostOf(peer.remoteAddress()),
                    peer.user());
            IosSession session = IosSession.authenticated(router, origin, policy.levelOf(held.line(), peer.user()));
            try {
                boolean rejected = session.submit(commandLine, new ClientOutput(out)).rejected();
                out.flush();
                return rejected ? 1 : 0;
            } finally {
                session.hangUp();
            }
        }
    }

    /** The exec channel as the command's output; the client's keys and its going away stop the command. */
    private static final class ClientOutput implements CliOutput {
        private final ExecStream client;
        private final EscapeSequence keys = new EscapeSequence();
        private boolean stopped;

        ClientOutput(ExecStream client) {
            this.client = client;
        }

        @Override
        public void print(String text) {
            client.print(text);
        }

        @Override
        public void flush() {
            client.flush();
        }

        @Override
        public boolean interrupted() {
            if (!stopped) {
                stopped = client.clientGone() || stopKeyArrived();
            }
            return stopped;
        }

        /** Reads only what the client already sent; everything but a stop is ignored (an exec takes no input). */
        private boolean stopKeyArrived() {
            InputStream in = client.input();
            try {
                while (in.available() > 0) {
                    int key = in.read();
                    if (key < 0 || keys.feed(key).stops()) {
                        return key >= 0;
                    }
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        }
    }
}
