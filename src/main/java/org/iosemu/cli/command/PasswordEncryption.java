package org.iosemu.cli.command;

import org.iosemu.config.Password;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.UserAccount;

/** `service password-encryption` turns every stored reversible password into type 7 at once. */
final class PasswordEncryption {

    private PasswordEncryption() {}

    static RunningConfig encryptAll(RunningConfig rc) {
        RunningConfig out = rc.withSystem(s -> s
                .withEnablePassword(s.enablePassword().map(Password::encrypt))
                .withUsers(s.users().stream().map(u -> new UserAccount(u.name(), u.privilege(), u.secret(),
                        u.password().map(Password::encrypt))).toList()));
        for (var line : rc.lines()) {
            out = out.withLine(line.withPassword(line.password().map(Password::encrypt)));
        }
        return out;
    }
}
