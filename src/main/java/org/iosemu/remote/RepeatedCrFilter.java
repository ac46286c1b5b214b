package org.iosemu.remote;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Drops a CR that directly follows a CR. The line editor ends an accepted line with CR and then LF, which
 * the line discipline turns into CR LF, so every command would be followed by CR CR LF where IOS sends
 * CR LF. A second CR moves the cursor nowhere, so the screen is the same; only the bytes now match.
 */
public final class RepeatedCrFilter extends FilterOutputStream {

    private boolean afterCr;

    public RepeatedCrFilter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        boolean cr = (b & 0xff) == '\r';
        if (!(cr && afterCr)) {
            out.write(b);
        }
        afterCr = cr;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        int runStart = offset;
        for (int i = offset; i < offset + length; i++) {
            boolean cr = data[i] == '\r';
            if (cr && afterCr) {
                out.write(data, runStart, i - runStart);
                runStart = i + 1;
            }
            afterCr = cr;
        }
        out.write(data, runStart, offset + length - runStart);
    }
}
