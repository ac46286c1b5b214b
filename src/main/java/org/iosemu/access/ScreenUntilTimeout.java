package org.iosemu.access;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BooleanSupplier;

/**
 * A vty's screen that goes silent once the session timed out. IOS disconnects an idle vty without a
 * word, while the line editor ends a line edit that reads end of input with a newline (and a pager
 * erases its ` --More-- `): text nobody on a real router would receive before the connection closes.
 */
final class ScreenUntilTimeout extends Writer {

    private final PrintWriter screen;
    private final BooleanSupplier timedOut;

    ScreenUntilTimeout(PrintWriter screen, BooleanSupplier timedOut) {
        this.screen = screen;
        this.timedOut = timedOut;
    }

    @Override
    public void write(char[] text, int offset, int length) {
        if (!timedOut.getAsBoolean()) {
            screen.write(text, offset, length);
        }
    }

    @Override
    public void flush() {
        screen.flush();
    }

    @Override
    public void close() {
        screen.close();
    }
}
