package org.iosemu.remote;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns every client's idea of Enter into a single CR: CR LF (netmiko over telnet) and CR NUL (RFC 854)
 * lose their second byte, bare CR (Ansible, expect) and bare LF (netmiko over SSH) pass unchanged. So
 * "cmd\r\n" never runs the command and then an empty line. The state survives between reads because
 * the LF often arrives in the next packet.
 */
public final class LineEndNormalizer extends FilterInputStream {

    private boolean afterCr;

    public LineEndNormalizer(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        return SingleByteRead.from(this);
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
            int kept = filter(buffer, offset, n);
            if (kept > 0) {
                return kept;
            }
        }
    }

    /** Compacts the bytes in place and returns how many remain. */
    private int filter(byte[] buffer, int offset, int count) {
        int write = offset;
        for (int read = offset; read < offset + count; read++) {
            byte b = buffer[read];
            if (afterCr && (b == '\n' || b == 0)) {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            buffer[write++] = b;
        }
        return write - offset;
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
