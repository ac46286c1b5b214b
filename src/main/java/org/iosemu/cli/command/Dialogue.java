package org.iosemu.cli.command;

import org.iosemu.cli.session.CliOutput;

/** A question IOS asks before a command completes (`Password: `, `Destination filename [startup-config]? `). */
public interface Dialogue {

    String prompt();

    /** False while a secret is typed. */
    default boolean echo() {
        return true;
    }

    /** The user's answer; the result may ask another question. */
    CommandResult answer(String line, CliOutput out);
}
