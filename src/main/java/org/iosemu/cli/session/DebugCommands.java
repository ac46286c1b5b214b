package org.iosemu.cli.session;

import java.util.Optional;
import java.util.Set;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.grammar.IosParser;

/**
 * `debug ...` / `undebug ...` and `show debugging` over one router's {@link DebugFlags}: the same whether
 * the router stands alone or runs in a lab, so {@link RouterServices} answers them with this by default.
 */
final class DebugCommands {

    private final DebugFlags flags;

    DebugCommands(DebugFlags flags) {
        this.flags = flags;
    }

    /** `debug X` / `undebug X`; see {@link RouterServices#debug}. */
    Optional<Dialogue> debug(IosParser.Debug_targetContext target, boolean enable, CliOutput out) {
        if (target.ALL() != null) {
            if (enable) {
                return Optional.of(new DebugAllConfirmation());
            }
            flags.setAll(false);
            out.print("All possible debugging has been turned off\n");
            return Optional.empty();
        }
        if (target.TRANSACTIONS() != null) {
            flags.set(DebugFlags.Flag.TCP_TRANSACTIONS, enable);
            out.print("TCP special event debugging is " + (enable ? "on" : "off") + "\n");
            return Optional.empty();
        }
        DebugFlags.Flag flag = target.ISAKMP() != null ? DebugFlags.Flag.ISAKMP
                : target.EZVPN() != null ? DebugFlags.Flag.EZVPN : DebugFlags.Flag.IPSEC;
        flags.set(flag, enable);
        out.print(flag.label() + " debugging is " + (enable ? "on" : "off") + "\n");
        return Optional.empty();
    }

    /** `show debugging`: the switches that are on, in IOS order. */
    void showDebugging(CliOutput out) {
        Set<DebugFlags.Flag> on = flags.enabled();
        if (on.isEmpty()) {
            return;
        }
        if (on.stream().anyMatch(DebugFlags.Flag::crypto)) {
            out.print("Cryptographic Subsystem:\n");
            on.stream().filter(DebugFlags.Flag::crypto).forEach(f -> out.print("  " + f.label() + " debugging is on\n"));
            out.print("\n");
        }
        if (on.contains(DebugFlags.Flag.TCP_TRANSACTIONS)) {
            out.print("TCP:\n  TCP special event debugging is on\n\n");
        }
    }

    /** `debug all` warns first; only `yes` turns everything on. */
    private final class DebugAllConfirmation implements Dialogue {
        @Override
        public String prompt() {
            return "This may severely impact network performance. Continue? (yes/[no]): ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            String answer = line.strip();
            if (answer.equalsIgnoreCase("yes") || answer.equalsIgnoreCase("y")) {
                flags.setAll(true);
                out.print("All possible debugging has been turned on\n");
            }
            return CommandResult.DONE;
        }
    }
}
