package org.iosemu.cli.command;

import java.util.Locale;
import java.util.function.Function;
import org.iosemu.cli.session.CliOutput;

/**
 * IOS's `[confirm]` question: Enter or an answer starting with `y` goes ahead, anything else cancels quietly.
 *
 * @param prompt the question, ending in `[confirm]`
 * @param action what going ahead does; its result ends the command
 */
public record Confirm(String prompt, Function<CliOutput, CommandResult> action) implements Dialogue {

    @Override
    public CommandResult answer(String line, CliOutput out) {
        String a = line.strip().toLowerCase(Locale.ROOT);
        return a.isEmpty() || a.startsWith("y") ? action.apply(out) : CommandResult.DONE;
    }
}
