package org.iosemu.cli.session;

import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Confirm;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.config.Ipv4;
import org.iosemu.config.LineConfig;

/**
 * `telnet`, `ssh -l`, `resume`, `disconnect`, `show sessions`, a bare host or connection number typed at
 * EXEC, and the forwarding of typed lines to the connection in the foreground (Ctrl-^ x suspends it).
 * The connection itself is the router services' (a TCP handshake through the lab network); the far end
 * is an ordinary vty session of the remote router, with its own login, banners and prompt.
 */
final class ConnectionCommands {

    static final String NO_CONNECTIONS = "% No connections open";

    private final IosSession session;
    private final OutgoingConnections connections = new OutgoingConnections();

    ConnectionCommands(IosSession session) {
        this.session = session;
    }

    Optional<TerminalSession> foregroundSession() {
        return connections.foreground().map(c -> c.remote);
    }

    /** Ctrl-^ x: the connection in the foreground (if any) is suspended, back to the local prompt. */
    boolean suspend() {
        if (connections.foreground().isEmpty()) {
            return false;
        }
        connections.suspend();
        return true;
    }

    /**
     * A typed line while a connection is open: the foreground connection gets it; at the local prompt an empty line resumes the current connection. Empty when the line is the
     * local session's own (also an empty line in configuration mode, which IOS ignores).
     */
    Optional<LineOutcome> intercept(String line, CliOutput out) {
        Optional<OutgoingConnections.Connection> fg = connections.foreground();
        if (fg.isPresent()) {
            OutgoingConnections.Connection c = fg.get();
            c.lastUsedMillis = now();
            LineOutcome outcome = c.remote.submit(line, out);
            if (!c.remote.isOpen()) {
                closedByForeignHost(c, out);
            }
            return Optional.of(outcome);
        }
        if (line.isBlank() && !connections.isEmpty() && !session.modes().inConfig()) {
            return Optional.of(resume(connections.current(), out));
        }
        return Optional.empty();
    }

    private void closedByForeignHost(OutgoingConnections.Connection c, CliOutput out) {
        connections.remove(c);
        out.print("\n[Connection to " + c.host + " closed by foreign host]\n");
    }

    // ---- telnet / ssh ---------------------------------------------------------------------------------

    /** `telnet HOST`, or a bare address typed at EXEC. */
    LineOutcome telnet(String host, CliOutput out) {
        return telnet(host, Optional.empty(), out);
    }

    /** `telnet HOST /source-interface IF`: the connection leaves from that interface's address. */
    LineOutcome telnet(String host, Optional<org.iosemu.config.InterfaceName> sourceInterface, CliOutput out) {
        Optional<String> source = Optional.empty();
        if (sourceInterface.isPresent()) {
            source = session.router().config().current().iface(sourceInterface.get()).filter(i -> !i.shutdown())
                    .flatMap(org.iosemu.config.InterfaceConfig::address).map(org.iosemu.config.IpAddress::address);
            if (source.isEmpty()) {
                return refuse("% Invalid source interface - Interface down or has no IP address", out);
            }
        }
        Optional<String> address = resolve(host, out);
        if (address.isEmpty()) {
            return LineOutcome.rejected("% Bad IP address or host name");
        }
        if (connections.full()) {
            return refuse("% Too many connections open", out);
        }
        out.print("Trying " + address.get() + " ... ");
        TcpConnect result = session.router().services().connect(address.get(), TcpConnect.Service.TELNET, source, out);
        if (!(result instanceof TcpConnect.Open open)) {
            return failed(result, "\n", out);
        }
        out.print("Open\n");
        IosSession remote = new IosSession(open.remote(), IosSession.Origin.vty(open.vtyLine(), open.localAddress(), ""));
        out.print(remote.greeting());
        if (!remote.isOpen()) {
            out.print("\n[Connection to " + host + " closed by foreign host]\n");
            return LineOutcome.ACCEPTED;
        }
        attach(host, address.get(), remote);
        return LineOutcome.ACCEPTED;
    }

    /** `ssh -l USER HOST`: the login banner, then the password the remote vty checks (three tries). */
    LineOutcome ssh(String user, String host, CliOutput out) {
        Optional<String> address = resolve(host, out);
        if (address.isEmpty()) {
            return LineOutcome.rejected("% Bad IP address or host name");
        }
        if (connections.full()) {
            return refuse("% Too many connections open", out);
        }
        TcpConnect result = session.router().services().connect(address.get(), TcpConnect.Service.SSH, Optional.empty(), out);
        if (!(result instanceof TcpConnect.Open open)) {
            return failed(result, "", out); // SSH prints no "Trying" line to end
        }
        out.print(SessionBanners.login(open.remote().config().current()));
        return session.ask(new SshPassword(open, user, host, address.get(), 1));
    }

    /** The SSH client's password question; the remote vty's `login` decides what is right. */
    private final class SshPassword implements Dialogue {
        private final TcpConnect.Open open;
        private final String user;
        private final String host;
        private final String address;
        private final int attempt;

        SshPassword(TcpConnect.Open open, String user, String host, String address, int attempt) {
            this.open = open;
            this.user = user;
            this.host = host;
            this.address = address;
            this.attempt = attempt;
        }

        @Override
        public String prompt() {
            return "Password: ";
        }

        @Override
        public boolean echo() {
            return false;
        }

        @Override
        public CommandResult answer(String typed, CliOutput out) {
            Optional<LineConfig> line = LineLogin.vtyBlock(open.remote().config().current(), open.vtyLine());
            OptionalInt level = line.map(l -> LineLogin.authenticate(open.remote().config().current(), l, user, typed))
                    .orElse(OptionalInt.empty());
            if (level.isEmpty()) {
                if (attempt < PasswordQuestion.ATTEMPTS) {
                    return new CommandResult.Ask(new SshPassword(open, user, host, address, attempt + 1));
                }
                return CommandResult.rejected("% Authentication failed.\n");
            }
            out.print("\n");
            IosSession remote = IosSession.authenticated(open.remote(),
                    IosSession.Origin.vty(open.vtyLine(), open.localAddress(), user), level.getAsInt());
            out.print(remote.greeting());
            attach(host, address, remote);
            return CommandResult.DONE;
        }
    }

    private void attach(String host, String address, IosSession remote) {
        OutgoingConnections.Connection c = connections.add(host, address, remote, now());
        remote.setAsyncSink(line -> {
            if (connections.inForeground(c)) {
                session.deliverFromConnection(line);
            }
        });
    }

    private static LineOutcome failed(TcpConnect result, String before, CliOutput out) {
        String message = result instanceof TcpConnect.Refused ? "% Connection refused by remote host"
                : "% Connection timed out; remote host not responding";
        out.print(before + message + "\n\n");
        return LineOutcome.rejected(message);
    }

    private static LineOutcome refuse(String message, CliOutput out) {
        out.print(message + "\n");
        return LineOutcome.rejected(message);
    }

    /** A dotted quad as is; a name is looked up (the emulator has no name server, so it never resolves). */
    private Optional<String> resolve(String host, CliOutput out) {
        if (Ipv4.isValid(host)) {
            return Optional.of(Ipv4.canonical(host));
        }
        boolean lookup = session.router().config().current().system().domainLookup();
        out.print("Translating \"" + host + "\"" + (lookup ? "...domain server (255.255.255.255)" : "") + "\n");
        out.print("% Bad IP address or host name\n");
        return Optional.empty();
    }

    // ---- resume / disconnect / show sessions ----------------------------------------------------------

    /** A lone word at EXEC that names an open connection, by number or by host: resumes it. */
    Optional<LineOutcome> resumeByWord(String word, CliOutput out) {
        if (connections.isEmpty()) {
            return Optional.empty();
        }
        if (word.chars().allMatch(Character::isDigit) && word.length() <= 2) {
            return Optional.of(resume(connections.find(Integer.parseInt(word)), out));
        }
        return connections.named(word).map(c -> resume(Optional.of(c), out));
    }

    LineOutcome resume(OptionalInt number, CliOutput out) {
        if (connections.isEmpty()) {
            return refuse(NO_CONNECTIONS, out);
        }
        return resume(number.isPresent() ? connections.find(number.getAsInt()) : connections.current(), out);
    }

    private LineOutcome resume(Optional<OutgoingConnections.Connection> target, CliOutput out) {
        if (target.isEmpty()) {
            return refuse("% No such connection", out);
        }
        OutgoingConnections.Connection c = target.get();
        if (!c.remote.isOpen()) {
            closedByForeignHost(c, out);
            return LineOutcome.ACCEPTED;
        }
        connections.toForeground(c);
        c.lastUsedMillis = now();
        out.print("[Resuming connection " + c.number + " to " + c.host + " ... ]\n\n");
        return LineOutcome.ACCEPTED;
    }

    LineOutcome disconnect(OptionalInt number, CliOutput out) {
        if (connections.isEmpty()) {
            return refuse(NO_CONNECTIONS, out);
        }
        Optional<OutgoingConnections.Connection> target = number.isPresent()
                ? connections.find(number.getAsInt()) : connections.current();
        if (target.isEmpty()) {
            return refuse("% No such connection", out);
        }
        OutgoingConnections.Connection c = target.get();
        return session.ask(new Confirm("Closing connection to " + c.host + " [confirm]", o -> {
            connections.remove(c);
            if (c.remote instanceof IosSession remote) {
                remote.hangUp();
            }
            return CommandResult.DONE;
        }));
    }

    /** Conn at 1-3, Host at 5, Address at 25, Byte ending at 48, Idle (minutes) ending at 54, Conn Name at 56. */
    void showSessions(CliOutput out) {
        if (connections.isEmpty()) {
            out.print(NO_CONNECTIONS + "\n");
            return;
        }
        Optional<OutgoingConnections.Connection> current = connections.current();
        out.print("Conn Host                Address             Byte  Idle Conn Name\n");
        for (OutgoingConnections.Connection c : connections.all()) {
            long idleMinutes = Math.max(0, now() - c.lastUsedMillis) / 60_000;
            out.print(String.format("%s%3d %-20s%-20s%4d %5d %s", current.filter(x -> x == c).isPresent() ? "*" : " ",
                    c.number, c.host, c.address, 0, idleMinutes, c.host) + "\n");
        }
    }

    /** The session ends (logout, reload, hang-up): its connections close with it. */
    void closeAll() {
        for (OutgoingConnections.Connection c : connections.all()) {
            connections.remove(c);
            if (c.remote instanceof IosSession remote) {
                remote.hangUp();
            }
        }
    }

    private long now() {
        return session.router().clock().nowMillis();
    }
}
