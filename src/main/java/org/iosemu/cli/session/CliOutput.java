package org.iosemu.cli.session;

/**
 * Where a command writes what the user sees, as it runs. Lines end with "\n"; transports translate to CRLF.
 * A long-running command (ping, traceroute, `lab wait`) flushes what it has printed as it goes and asks
 * {@link #interrupted()} between steps, so the user sees each `!` as it happens and can stop it.
 */
@FunctionalInterface
public interface CliOutput {
    void print(String text);

    default void println(String line) {
        print(line + "\n");
    }

    /** Sends what was printed so far to the user now (a terminal or connection may buffer otherwise). */
    default void flush() {
    }

    /**
     * True once the user asked to stop the running command: the escape sequence (Ctrl-^ x), Ctrl-C, or the
     * connection went away. A command that sees it stops at its next step.
     */
    default boolean interrupted() {
        return false;
    }

    /** Output going to {@code text} that flushes and interrupts as this one does (a wrapper that watches the text). */
    default CliOutput forwardingTo(java.util.function.Consumer<String> text) {
        CliOutput self = this;
        return new CliOutput() {
            @Override
            public void print(String s) {
                text.accept(s);
            }

            @Override
            public void flush() {
                self.flush();
            }

            @Override
            public boolean interrupted() {
                return self.interrupted();
            }
        };
    }
}
