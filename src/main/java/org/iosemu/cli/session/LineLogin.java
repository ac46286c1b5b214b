package org.iosemu.cli.session;

import java.util.Optional;
import java.util.OptionalInt;
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

    /**
     * The level a client that sent {@code user} and {@code password} at once (SSH) starts at on {@code line}:
     * no check, the line password (the user name is then ignored) or a local user; empty on a miss.
     */
    static OptionalInt authenticate(RunningConfig config, LineConfig line, String user, String password) {
        return switch (line.login()) {
            case NONE -> OptionalInt.of(line.privilegeLevel().orElse(1));
            case LINE_PASSWORD -> line.password().filter(p -> p.clear().equals(password)).isPresent()
                    ? OptionalInt.of(line.privilegeLevel().orElse(1)) : OptionalInt.empty();
            case LOCAL -> localUser(config, user, password).map(a -> OptionalInt.of(a.privilege())).orElse(OptionalInt.empty());
        };
    }

    /** The local user {@code user} if {@code password} is its secret or password. */
    static Optional<UserAccount> localUser(RunningConfig config, String user, String password) {
        return config.system().user(user).filter(a -> a.accepts(password));
    }

    /** The first question to ask, if the line wants a login. */
    static Optional<Dialogue> start(IosSession session, LineConfig line) {
        return switch (line.login()) {
            case NONE -> Optional.empty();
            case LINE_PASSWORD -> Optional.of(PasswordQuestion.first(new LinePassword(session, line)));
            case LOCAL -> Optional.of(new Username(session, 1));
        };
    }

    /** The line's own password; three misses end the connection with `% Bad passwords`. */
    private record LinePassword(IosSession session, LineConfig line) implements PasswordQuestion.Check {
        @Override
        public boolean admit(String typed) {
            boolean ok = line.password().map(p -> p.clear().equals(typed)).orElse(false);
            if (ok) {
                session.loggedIn(line.privilegeLevel().orElse(1));
            }
            return ok;
        }

        @Override
        public CommandResult giveUp(CliOutput out) {
            session.close();
            return CommandResult.rejected("% Bad passwords\n");
        }
    }

    private record Username(IosSession session, int attempt) implements Dialogue {
        @Override
        public String prompt() {
            return "Username: ";
        }

        @Override
        public CommandResult answer(String typed, CliOutput out) {
            return new CommandResult.Ask(new PasswordQuestion(new UserPassword(session, typed.strip()), attempt));
        }
    }

    /**
     * A local user's secret or password. Every miss says `% Login invalid` and starts over at `Username: `;
     * the third ends the connection.
     */
    private record UserPassword(IosSession session, String user) implements PasswordQuestion.Check {
        private static final String LOGIN_INVALID = "% Login invalid\n\n";

        @Override
        public boolean admit(String typed) {
            Optional<UserAccount> account = localUser(session.router().config().current(), user, typed);
            account.ifPresent(a -> session.loggedIn(a.privilege()));
            return account.isPresent();
        }

        @Override
        public Dialogue retry(int nextAttempt, CliOutput out) {
            out.print(LOGIN_INVALID);
            return new Username(session, nextAttempt);
        }

        @Override
        public CommandResult giveUp(CliOutput out) {
            out.print(LOGIN_INVALID);
            session.close();
            return CommandResult.DONE;
        }
    }
}
