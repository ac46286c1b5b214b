package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** `| include|exclude|begin|section|count REGEX` applied to a show command's lines (case-sensitive). */
public record OutputFilter(Kind kind, Pattern regex) {

    /** The filter keywords IOS offers after `|`. */
    public enum Kind { INCLUDE, EXCLUDE, BEGIN, SECTION, COUNT }

    public List<String> apply(List<String> lines) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case INCLUDE -> lines.stream().filter(this::matches).forEach(out::add);
            case EXCLUDE -> lines.stream().filter(l -> !matches(l)).forEach(out::add);
            case BEGIN -> {
                boolean on = false;
                for (String l : lines) {
                    on |= matches(l);
                    if (on) {
                        out.add(l);
                    }
                }
            }
            case SECTION -> {
                // a matching top-level line brings its indented children; a matching child comes alone
                boolean inSection = false;
                for (String l : lines) {
                    boolean child = l.startsWith(" ");
                    if (!child) {
                        inSection = matches(l);
                        if (inSection) {
                            out.add(l);
                        }
                    } else if (inSection || matches(l)) {
                        out.add(l);
                    }
                }
            }
            case COUNT -> out.add("Number of lines which match regexp = " + lines.stream().filter(this::matches).count());
        }
        return out;
    }

    private boolean matches(String line) {
        return regex.matcher(line).find();
    }
}
