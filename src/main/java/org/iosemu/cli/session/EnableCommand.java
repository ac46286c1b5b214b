package org.iosemu.cli.session;

import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Dialogue;
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
        return session.ask(new EnablePassword(1));
    }

    /** `Password: ` without echo; three misses end in `% Bad secrets`. */
    private final class EnablePassword implements Dialogue {
        private final int attempt;

        EnablePassword(int attempt) {
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
        public CommandResult answer(String line, CliOutput out) {
            SystemSettings s = session.router().config().current().system();
            boolean ok = s.enableSecret().map(secret -> secret.matches(line))
                    .orElseGet(() -> s.enablePassword().map(p -> p.clear().equals(line)).orElse(false));
            if (ok) {
                session.setPrivileged(true);
                return CommandResult.DONE;
            }
            if (attempt >= 3) {
                return CommandResult.rejected("% Bad secrets\n\n");
            }
            return new CommandResult.Ask(new EnablePassword(attempt + 1));
        }
    }
}
