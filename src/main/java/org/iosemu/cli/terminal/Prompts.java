package org.iosemu.cli.terminal;

/** JLine expands `%` sequences in prompts; IOS prompts are literal text. */
final class Prompts {
    private Prompts() {}

    static String forJLine(String prompt) {
        return prompt.replace("%", "%%");
    }
}
