package org.iosemu.cli.session;

import java.util.Locale;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Confirm;
import org.iosemu.cli.command.Dialogue;

/**
 * `reload`: with unsaved changes IOS first asks whether to save them, then always asks for confirmation;
 * the reboot itself (SAs lost, sessions dropped, the startup-config read again) is the router services'.
 */
final class ReloadCommand {

    private final IosSession session;
    private final SaveCommands saves;

    ReloadCommand(IosSession session, SaveCommands saves) {
        this.session = session;
        this.saves = saves;
    }

    Dialogue start() {
        return session.router().modifiedSinceSave() ? new SaveFirst() : proceed();
    }

    private Dialogue proceed() {
        return new Confirm("Proceed with reload? [confirm]", out -> {
            RouterContext router = session.router();
            router.logBus().log("%SYS-5-RELOAD: Reload requested by " + session.origin().configuredBy()
                    + ". Reload Reason: Reload command.");
            router.services().reload(session, out);
            return CommandResult.DONE;
        });
    }

    /** `System configuration has been modified. Save? [yes/no]: ` — anything but yes or no asks again. */
    private final class SaveFirst implements Dialogue {
        @Override
        public String prompt() {
            return "System configuration has been modified. Save? [yes/no]: ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            String a = line.strip().toLowerCase(Locale.ROOT);
            if (!a.isEmpty() && "yes".startsWith(a)) {
                if (!saves.save(out)) {
                    return CommandResult.DONE; // IOS does not reload over a failed save
                }
                return new CommandResult.Ask(proceed());
            }
            if (!a.isEmpty() && "no".startsWith(a)) {
                return new CommandResult.Ask(proceed());
            }
            out.print("% Please answer 'yes' or 'no'.\n");
            return new CommandResult.Ask(this);
        }
    }
}
