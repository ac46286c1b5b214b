package org.iosemu.cli.command;

import java.util.OptionalInt;
import org.iosemu.cli.lang.Mode;
import org.iosemu.grammar.IosParser;

/** What the session must do after a command ran. */
public sealed interface CommandResult {

    /** Accepted; stay in the current mode. */
    record Done() implements CommandResult {}

    /** Accepted; enter a configuration sub-mode editing {@code target}. */
    record Enter(Mode mode, ModeTarget target) implements CommandResult {}

    /** `exit`: up one level. */
    record Exit() implements CommandResult {}

    /** `end` / Ctrl-Z: back to privileged EXEC. */
    record End() implements CommandResult {}

    /** `do ...`: run an EXEC command from configuration mode; {@code column} is where it starts in the line. */
    record Exec(IosParser.Priv_exec_commandContext command, int column) implements CommandResult {}

    /** Ask a question first. */
    record Ask(Dialogue dialogue) implements CommandResult {}

    /**
     * Refused. {@code message} is printed as is (it may span lines); with a caret column the session prints
     * IOS's invalid-input error with the caret under that column of the typed line instead.
     */
    record Rejected(String message, OptionalInt caretColumn) implements CommandResult {}

    CommandResult DONE = new Done();
    CommandResult EXIT = new Exit();
    CommandResult END = new End();

    static CommandResult rejected(String message) {
        return new Rejected(message, OptionalInt.empty());
    }

    /** IOS's invalid-input error pointing at {@code column} of the typed line. */
    static CommandResult invalidAt(int column) {
        return new Rejected("", OptionalInt.of(column));
    }
}
