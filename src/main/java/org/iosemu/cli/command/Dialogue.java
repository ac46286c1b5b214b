package org.iosemu.cli.command;

import org.iosemu.cli.session.CliOutput;

/** A question IOS asks before a command completes (`Password: `, `Destination filename [startup-config]? `). */
public interface Dialogue {

    String prompt();

    /** False while a secret is typed. */
    default boolean echo() {
        return true;
    }

    /**
     * True when the answers are configuration text (a banner's lines): a configuration being loaded feeds
     * its next lines to it instead of cancelling it as it cancels questions.
     */
    default boolean readsConfigurationText() {
        return false;
    }

    /** The user's answer; the result may ask another question. */
    CommandResult answer(String line, CliOutput out);
}
