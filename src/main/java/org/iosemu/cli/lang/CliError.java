package org.iosemu.cli.lang;

/** The IOS errors a typed line can produce, each rendering the exact text IOS prints. */
public sealed interface CliError {

    /** @param prompt what was displayed before the line, e.g. {@code R1(config)#} */
    String render(String prompt);

    /** {@code % Invalid input detected at '^' marker.} with the caret under {@code column} of the line. */
    record InvalidInput(int column) implements CliError {
        @Override
        public String render(String prompt) {
            return " ".repeat(prompt.length() + column) + "^\n% Invalid input detected at '^' marker.\n\n";
        }
    }

    /** All words were fine but the command needs more. */
    record IncompleteCommand() implements CliError {
        @Override
        public String render(String prompt) {
            return "% Incomplete command.\n\n";
        }
    }

    /** `show` alone at EXEC: IOS points at the help instead of calling it incomplete (no empty line after). */
    record ShowWithoutTarget() implements CliError {
        @Override
        public String render(String prompt) {
            return "% Type \"show ?\" for a list of subcommands\n";
        }
    }

    /** An abbreviation matched several keywords; IOS quotes the whole line and adds no empty line. */
    record AmbiguousCommand(String line) implements CliError {
        @Override
        public String render(String prompt) {
            return "% Ambiguous command:  \"" + line + "\"\n";
        }
    }

    /** {@code ?} right after a word that is not recognised. */
    record UnrecognizedCommand() implements CliError {
        @Override
        public String render(String prompt) {
            return "% Unrecognized command\n";
        }
    }
}
