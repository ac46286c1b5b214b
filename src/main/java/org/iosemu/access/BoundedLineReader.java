package org.iosemu.access;

import java.io.IOException;
import org.iosemu.cli.terminal.ForwardingKeyboard;
import org.jline.utils.NonBlockingReader;

/**
 * A vty's keyboard with IOS's bounded line buffer: characters beyond {@code maxLine} since the last
 * Enter are dropped. Without it a client sending a megabyte without a line end would have the line
 * editor redisplay an ever longer line key by key, burning a core for hours.
 */
final class BoundedLineReader extends ForwardingKeyboard {

    private final int maxLine;
    private int lineLength;

    BoundedLineReader(NonBlockingReader in, int maxLine) {
        super(in);
        this.maxLine = maxLine;
    }

    @Override
    protected int read(long timeout, boolean isPeek) throws IOException {
        long deadline = System.currentTimeMillis() + timeout;
        while (true) {
            long left = timeout <= 0 ? timeout : Math.max(1, deadline - System.currentTimeMillis());
            int c = isPeek ? keys.peek(left) : keys.read(left);
            if (c < 0) {
                return c; // EOF or READ_EXPIRED
            }
            if (c == '\r' || c == '\n') {
                if (!isPeek) {
                    lineLength = 0;
                }
                return c;
            }
            if (lineLength < maxLine) {
                if (!isPeek) {
                    lineLength++;
                }
                return c;
            }
            if (isPeek) {
                keys.read(1); // drop the character the peek found, then look again
            }
            if (timeout > 0 && System.currentTimeMillis() >= deadline) {
                return READ_EXPIRED;
            }
        }
    }

    @Override
    public int readBuffered(char[] buffer, int offset, int length, long timeout) throws IOException {
        while (true) {
            int n = keys.readBuffered(buffer, offset, length, timeout);
            if (n <= 0) {
                return n;
            }
            int kept = 0;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\r' || c == '\n') {
                    lineLength = 0;
                } else if (lineLength >= maxLine) {
                    continue;
                } else {
                    lineLength++;
                }
                buffer[offset + kept++] = c;
            }
            if (kept > 0) {
                return kept;
            }
        }
    }
}
