package org.iosemu.cli.terminal;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.iosemu.cli.session.CliOutput;

/**
 * Command output with the IOS pager: after {@code length - 1} lines, and only if more output follows,
 * shows ` --More-- ` and waits for a key. Space shows the next page, Enter the next line, anything else
 * discards the rest of the output. The pager prompt is erased (backspace, blank, backspace) so the next
 * text starts where it stood. Length 0 turns paging off.
 */
final class PagedOutput implements CliOutput {

    static final String MORE = " --More-- ";
    private static final String ERASE = "\b".repeat(MORE.length()) + " ".repeat(MORE.length())
            + "\b".repeat(MORE.length());

    private final Consumer<String> screen;
    private final Runnable flush;
    private final BooleanSupplier stopKeys;
    private final KeySource keys;
    private final int linesPerPage;
    private int linesShown;
    private boolean stopped;

    /** @param terminalLength the session's `terminal length`: the page holds one line less (the prompt). */
    PagedOutput(Consumer<String> screen, KeySource keys, int terminalLength) {
        this(screen, () -> { }, keys, terminalLength, () -> false);
    }

    /**
     * @param flush sends what was printed to the user (a streaming command's `!` as it happens)
     * @param stopKeys whether the user has typed a key that stops the running command
     */
    PagedOutput(Consumer<String> screen, Runnable flush, KeySource keys, int terminalLength, BooleanSupplier stopKeys) {
        this.screen = screen;
        this.flush = flush;
        this.stopKeys = stopKeys;
        this.keys = keys;
        this.linesPerPage = terminalLength <= 0 ? 0 : Math.max(1, terminalLength - 1);
    }

    @Override
    public void print(String text) {
        if (linesPerPage == 0) {
            screen.accept(text);
            return;
        }
        int from = 0;
        while (!stopped && from < text.length()) {
            if (linesShown >= linesPerPage) {
                askForMore();
                continue;
            }
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline + 1;
            screen.accept(text.substring(from, end));
            if (newline >= 0) {
                linesShown++;
            }
            from = end;
        }
    }

    @Override
    public void flush() {
        flush.run();
    }

    /** The user stopped the command: with the escape sequence or Ctrl-C, or by quitting at ` --More-- `. */
    @Override
    public boolean interrupted() {
        return stopped || stopKeys.getAsBoolean();
    }

    /** True once the user quit at ` --More-- `; the command's remaining output was dropped. */
    boolean stopped() {
        return stopped;
    }

    private void askForMore() {
        screen.accept(MORE);
        int key = keys.readKey();
        screen.accept(ERASE);
        if (key == ' ') {
            linesShown = 0;
        } else if (key == '\r' || key == '\n') {
            linesShown = linesPerPage - 1;
        } else {
            stopped = true;
        }
    }
}
