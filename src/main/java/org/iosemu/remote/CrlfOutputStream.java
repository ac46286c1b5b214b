package org.iosemu.remote;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Network virtual terminals want CR LF: a LF that does not follow a CR gets one inserted. */
public final class CrlfOutputStream extends FilterOutputStream {

    private boolean afterCr;

    public CrlfOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        // the line discipline writes byte by byte: no arrays here
        if (b == '\n' && !afterCr) {
            out.write('\r');
        }
        out.write(b);
        afterCr = b == '\r';
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        byte[] converted = new byte[length * 2];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            byte b = data[i];
            if (b == '\n' && !afterCr) {
                converted[n++] = '\r';
            }
            converted[n++] = b;
            afterCr = b == '\r';
        }
        out.write(converted, 0, n);
    }
}
