package org.iosemu.cli.lang;

/**
 * What IOS prints after the echoed {@code ...?} line, up to (not including) the reprinted prompt.
 *
 * <p>When the text before {@code ?} is itself wrong, {@code error} is set and {@code text} is that
 * error rendered for an empty prompt; an invalid-input caret depends on the prompt, so a caller that
 * shows one should print {@link #render(String)} instead of {@code text}.
 */
public record HelpResult(String text, CliError error) {

    public HelpResult(String text) {
        this(text, null);
    }

    static HelpResult of(CliError error) {
        return new HelpResult(error.render(""), error);
    }

    /** The exact output for this prompt (differs from {@link #text()} only for a caret error). */
    public String render(String prompt) {
        return error == null ? text : error.render(prompt);
    }
}
