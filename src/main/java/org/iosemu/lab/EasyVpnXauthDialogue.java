package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.ike.IkeEngine;

/**
 * `crypto ipsec client ezvpn xauth [NAME]`: `Username: ` then `Password: ` (not echoed), the answer handed to
 * the engine's pending XAUTH request. The same questions on the console, telnet, SSH and in a replay.
 */
final class EasyVpnXauthDialogue {

    private EasyVpnXauthDialogue() {
    }

    static Dialogue ask(IkeEngine engine, Optional<String> tunnel) {
        return new Username(engine, tunnel);
    }

    private record Username(IkeEngine engine, Optional<String> tunnel) implements Dialogue {
        @Override
        public String prompt() {
            return "Username: ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            return new CommandResult.Ask(new Password(engine, tunnel, line.strip()));
        }
    }

    private record Password(IkeEngine engine, Optional<String> tunnel, String user) implements Dialogue {
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
            // the request may have gone (timeout, peer deleted the SA) while the user typed: nothing to answer
            engine.easyVpnCredentials(tunnel, user, line);
            return CommandResult.DONE;
        }
    }
}
