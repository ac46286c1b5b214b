package org.iosemu.cli.session;

import org.iosemu.cli.command.CommandResult;
import org.iosemu.config.SystemSettings;

/**
 * `enable`: straight in on a console without enable secret/password, `% No password set` on a vty,
 * otherwise a silent `Password: ` asked up to three times.
 */
final class EnableCommand {

    private final IosSession session;

    EnableCommand(IosSession session) {
        this.session = session;
    }

    LineOutcome run(CliOutput out) {
        if (session.privileged()) {
            return LineOutcome.ACCEPTED;
        }
        SystemSettings s = session.router().config().current().system();
        if (s.enableSecret().isEmpty() && s.enablePassword().isEmpty()) {
            if (!session.origin().console()) {
                out.print("% No password set\n");
                return LineOutcome.rejected("% No password set");
            }
            session.setPrivileged(true);
            return LineOutcome.ACCEPTED;
        }
        return session.ask(PasswordQuestion.first(new EnableSecretCheck()));
    }

    /** The enable secret wins over the enable password; three misses end in `% Bad secrets`. */
    private final class EnableSecretCheck implements PasswordQuestion.Check {
        @Override
        public boolean admit(String typed) {
            SystemSettings s = session.router().config().current().system();
            boolean ok = s.enableSecret().map(secret -> secret.matches(typed))
                    .orElseGet(() -> s.enablePassword().map(p -> p.clear().equals(typed)).orElse(false));
            if (ok) {
                session.setPrivileged(true);
            }
            return ok;
        }

        @Override
        public CommandResult giveUp(CliOutput out) {
            return CommandResult.rejected("% Bad secrets\n\n");
        }
    }
}
