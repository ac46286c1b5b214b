package org.iosemu.access;

import java.io.IOError;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.terminal.TerminalConsole;
import org.iosemu.remote.ConnectionHandler;
import org.iosemu.remote.LoginPolicy;
import org.iosemu.remote.RemotePeer;
import org.jline.terminal.Terminal;

/**
 * An authenticated SSH or telnet connection: takes a free vty line, refuses a transport the line does
 * not accept, and runs the console front end on a new session of the shared router until either side
 * ends it, or the line's exec-timeout ends an idle session.
 */
final class VtyShell implements ConnectionHandler {

    private final RouterContext router;
    private final VtyPolicy policy;
    private final VtyLines lines;
    private final BooleanSupplier powered;

    VtyShell(RouterContext router, VtyPolicy policy, VtyLines lines, BooleanSupplier powered) {
        this.router = router;
        this.policy = policy;
        this.lines = lines;
        this.powered = powered;
    }

    @Override
    public void run(Terminal terminal, RemotePeer peer) {
        if (!powered.getAsBoolean()) {
            return; // a switched-off router answers nothing
        }
        Optional<VtyLines.Lease> lease = lines.acquire();
        if (lease.isEmpty()) {
            say(terminal, "% All lines are busy\n");
            return;
        }
        try (VtyLines.Lease held = lease.get()) {
            if (!policy.allows(held.line(), peer.transport())) {
                return; // IOS drops a connection the line's `transport input` does not list
            }
            if (peer.transport().equals("telnet") && policy.passwordMissing(held.line())) {
                say(terminal, "\nPassword required, but none set\n");
                return;
            }
            IosSession.Origin origin = IosSession.Origin.vty(held.line(), hostOf(peer.remoteAddress()), peer.user());
            // telnet's login dialog printed the MOTD before asking; SSH authenticated before any output
            boolean motdShown = peer.transport().equals("telnet") && policy.login(held.line()) != LoginPolicy.NONE;
            IosSession session = IosSession.authenticated(router, origin, policy.levelOf(held.line(), peer.user()),
                    motdShown);
            try {
                int line = held.line();
                Terminal vty = VtyTerminal.of(terminal, () -> policy.execTimeout(line), session::keyReceived);
                // an idle timeout ends the keyboard like a hang-up: the console returns and the transport closes
                new TerminalConsole(vty, new PoweredSession(session, powered)).run();
            } catch (IOError gone) {
                // the line editor reports a vanished connection as IOError: the client hung up
            } finally {
                session.hangUp();
            }
        }
    }

    static String hostOf(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }

    private static void say(Terminal terminal, String text) {
        PrintWriter out = terminal.writer();
        out.print(text);
        terminal.flush();
    }
}
