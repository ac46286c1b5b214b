package org.iosemu.cli.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asynchronous lines (syslog, debug) on their way to the screen. While a key widget is drawing its own
 * output the line editor's picture of the screen is stale, so lines arriving then (for example the
 * config log from Ctrl-Z) are held and printed once the widget is done.
 */
final class AsyncLines implements Consumer<String> {

    private final Consumer<String> printAbove;
    private final List<String> held = new ArrayList<>();
    private boolean holding;

    AsyncLines(Consumer<String> printAbove) {
        this.printAbove = printAbove;
    }

    @Override
    public void accept(String line) {
        // printAbove adds a newline only to text without one; a message ending in a newline keeps its empty line
        String text = line + "\n";
        synchronized (this) {
            if (holding) {
                held.add(text);
                return;
            }
        }
        printAbove.accept(text);
    }

    synchronized void hold() {
        holding = true;
    }

    /** Stops holding and prints what arrived meanwhile. */
    void release() {
        List<String> lines;
        synchronized (this) {
            holding = false;
            lines = List.copyOf(held);
            held.clear();
        }
        lines.forEach(printAbove);
    }
}
