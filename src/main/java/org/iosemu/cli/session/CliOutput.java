package org.iosemu.cli.session;

/** Where a command writes what the user sees. Lines end with "\n"; transports translate to CRLF. */
@FunctionalInterface
public interface CliOutput {
    void print(String text);

    default void println(String line) {
        print(line + "\n");
    }
}
