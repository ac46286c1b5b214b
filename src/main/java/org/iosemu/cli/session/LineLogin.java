package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.config.LineConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.UserAccount;

/**
 * Logging in on a vty as its `line vty` block says: no check, the line password, or a local user
 * (`login local`). Three failures end the connection, as IOS does.
 */
final class LineLogin {

    static final String BANNER = "\nUser Access Verification\n\n";

    private LineLogin() {}

    /** The vty block that holds line number {@code vty}. */
    static Optional<LineConfig> vtyBlock(RunningConfig config, int vty) {
        return config.lines().stream()
                .filter(l -> l.kind() == LineConfig.Kind.VTY && l.first() <= vty && vty <= l.last()).findFirst();
    }

    /** The first question to ask, if the line wants a login. */
    static Optional<Dialogue> start(IosSession session, LineConfig line) {
        return switch (line.login()) {
            case NONE -> Optional.empty();
            case LINE_PASSWORD -> Optional.of(new LinePassword(session, line, 1));
            case LOCAL -> Optional.of(new Username(session, 1));
        };
    }

    private record LinePassword(IosSession session, LineConfig line, int attempt) implements Dialogue {
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
            if (line.password().map(p -> p.clear().equals(typed)).orElse(false)) {
                session.loggedIn(line.privilegeLevel().orElse(1));
                return CommandResult.DONE;
            }
            if (attempt >= 3) {
                session.close();
                return CommandResult.rejected("% Bad passwords\n");
            }
            return new CommandResult.Ask(new LinePassword(session, line, attempt + 1));
        }
    }

    private record Username(IosSession session, int attempt) implements Dialogue {
        @Override
        public String prompt() {
            return "Username: ";
        }

        @Override
        public CommandResult answer(String typed, CliOutput out) {
            return new CommandResult.Ask(new UserPassword(session, typed.strip(), attempt));
        }
    }

    private record UserPassword(IosSession session, String user, int attempt) implements Dialogue {
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
            Optional<UserAccount> account = session.router().config().current().system().user(user);
            boolean ok = account.map(a -> a.secret().map(s -> s.matches(typed))
                    .orElseGet(() -> a.password().map(p -> p.clear().equals(typed)).orElse(false))).orElse(false);
            if (ok) {
                session.loggedIn(account.get().privilege());
                return CommandResult.DONE;
            }
            out.print("% Login invalid\n\n");
            if (attempt >= 3) {
                session.close();
                return CommandResult.DONE;
            }
            return new CommandResult.Ask(new Username(session, attempt + 1));
        }
    }
}
