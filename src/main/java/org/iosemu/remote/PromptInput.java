package org.iosemu.remote;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Reads one answer to a login prompt from a terminal in raw mode: Enter is CR or LF, Backspace/DEL
 * erase, other control characters are ignored, and only the first {@value #MAX_LENGTH} characters
 * count (a megabyte of garbage neither grows memory nor stalls the reader).
 */
final class PromptInput {

    static final int MAX_LENGTH = 128;
    private static final int BACKSPACE = 0x08;
    private static final int DELETE = 0x7f;
    private static final long PEEK_MILLIS = 20;

    private PromptInput() {
    }

    /**
     * The typed text, or empty when nothing completed the line within {@code timeout}. Throws
     * EOFException when the connection went away.
     */
    static Optional<String> readLine(Terminal terminal, boolean echo, Duration timeout) throws IOException {
        NonBlockingReader reader = terminal.reader();
        StringBuilder line = new StringBuilder();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (deadline - System.nanoTime() <= 0) {
                return Optional.empty();
            }
            int c = reader.read(left);
            if (c == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            if (c == NonBlockingReader.EOF) {
                throw new EOFException("connection closed at a login prompt");
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && reader.peek(PEEK_MILLIS) == '\n') {
                    reader.read(); // CR LF from a transport that did not normalise line ends
                }
                return Optional.of(line.toString());
            }
            if (c == BACKSPACE || c == DELETE) {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                    if (echo) {
                        terminal.writer().print("\b \b");
                        terminal.flush();
                    }
                }
            } else if (c >= ' ' && line.length() < MAX_LENGTH) {
                line.append((char) c);
                if (echo) {
                    terminal.writer().print((char) c);
                    terminal.flush();
                }
            }
        }
    }
}
