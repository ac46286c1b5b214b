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

    /** The line is rejected with this IOS error. */
    record Failed(CliError error) implements Resolution {
    }

    /** Empty or whitespace-only line. */
    record Blank() implements Resolution {
    }
}
