package org.iosemu.remote;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds how much one input line can hold, like the fixed input buffer of an IOS line: bytes beyond
 * {@code maxLine} before the next CR or LF are dropped. A client pasting a megabyte without a line end
 * then costs the line editor a few kilobytes, not a megabyte it would redisplay key by key.
 */
public final class LineLengthLimit extends FilterInputStream {

    private final int maxLine;
    private int lineLength;

    public LineLengthLimit(InputStream in, int maxLine) {
        super(in);
        this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int kept = 0;
            for (int i = offset; i < offset + n; i++) {
                byte b = buffer[i];
                if (b == '\r' || b == '\n') {
                    lineLength = 0;
                } else if (lineLength >= maxLine) {
                    continue;
                } else {
                    lineLength++;
                }
                buffer[offset + kept++] = b;
            }
            if (kept > 0) {
                return kept;
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
