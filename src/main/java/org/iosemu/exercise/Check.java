package org.iosemu.exercise;

import java.util.List;

/** One check of a task. */
public sealed interface Check {

    /** The check as the learner sees it in `lab check`. */
    String describe();

    /**
     * A line (or a parent line with sub-mode lines) present in, or absent from, a router's running-config, as
     * IOS reads it (see {@link ConfigMatcher}).
     */
    record Config(String router, List<String> lines, boolean present) implements Check {
        @Override
        public String describe() {
            return "config " + router + " " + (present ? "has" : "lacks") + " \"" + String.join(" / ", lines.stream().map(String::strip).toList()) + "\"";
        }
    }

    /** A fact of the learner's live lab. */
    record State(String router, Fact fact) implements Check {
        @Override
        public String describe() {
            return "state " + router + ": " + fact.describe();
        }
    }

    /** A scenario on a copy of the lab booted from the current running-configs. */
    record Behaviour(String title, List<Step> steps) implements Check {
        @Override
        public String describe() {
            return "behaviour: " + title;
        }
    }
}
