package org.iosemu.cli.session;

import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Dialogue;

/**
 * IOS's silent `Password: `, as `enable` and line login ask it: a right answer lets the user in, a miss
 * asks again, and the third miss gives up. What counts as right, and what giving up says, is the caller's.
 */
record PasswordQuestion(PasswordQuestion.Check check, int attempt) implements Dialogue {

    /** IOS gives up after this many misses. */
    static final int ATTEMPTS = 3;

    /** One kind of login around the shared question. */
    interface Check {
        /** Lets the user in if {@code typed} is right, checked and acted on in one step; false on a miss. */
        boolean admit(String typed);

        /** After a miss with tries left: the question to ask next (by default the password again). */
        default Dialogue retry(int nextAttempt, CliOutput out) {
            return new PasswordQuestion(this, nextAttempt);
        }

        /** After the last miss. */
        CommandResult giveUp(CliOutput out);
    }

    /** The first try. */
    static PasswordQuestion first(Check check) {
        return new PasswordQuestion(check, 1);
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
        if (check.admit(typed)) {
            return CommandResult.DONE;
        }
        if (attempt >= ATTEMPTS) {
            return check.giveUp(out);
        }
        return new CommandResult.Ask(check.retry(attempt + 1, out));
    }
}
