package org.iosemu.cli.lang;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** What one typed line means in a mode. */
public sealed interface Resolution {

    /** The line parsed; {@code tree} is the mode's {@code *_line} context. */
    record Parsed(ParserRuleContext tree, List<ResolvedWord> words) implements Resolution {
        public Parsed {
            words = List.copyOf(words);
        }
    }

    /**
     * A valid IOS command that iosemu does not emulate (the grammar's not-emulated catalogue);
     * {@code command} is its words up to the catalogue keyword, canonically spelled ({@code router ospf}).
     */
    record NotEmulated(String command) implements Resolution {
        /** What the user is told, instead of IOS's error for mistyped input. */
        public String message() {
            return "% Not emulated by iosemu: \"" + command + "\"";
        }
    }

    /** The line is rejected with this IOS error. */
    record Failed(CliError error) implements Resolution {
    }

    /** Empty or whitespace-only line. */
    record Blank() implements Resolution {
    }
}
