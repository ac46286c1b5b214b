package org.iosemu.remote.telnet;

import java.io.IOException;
import java.io.OutputStream;
import org.iosemu.remote.OutputQueue;

/**
 * Terminal output in network virtual terminal form: 0xFF doubled, every line end CR LF, and a CR that
 * is not a line end sent as CR NUL (RFC 854). A CR at the end of one write waits for the next byte.
 */
final class TelnetDataOutput extends OutputStream {

    private final OutputQueue queue;
    private boolean pendingCr;
    private boolean closed;

    TelnetDataOutput(OutputQueue queue) {
        this.queue = queue;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("telnet output closed");
        }
        byte[] encoded = new byte[length * 2 + 2];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xff;
            if (pendingCr) {
                pendingCr = false;
                encoded[n++] = '\r';
                if (b == '\n') {
                    encoded[n++] = '\n';
                    continue;
                }
                encoded[n++] = 0;
            }
            if (b == '\r') {
                pendingCr = true;
            } else if (b == '\n') {
                encoded[n++] = '\r';
                encoded[n++] = '\n';
            } else if (b == TelnetCodes.IAC) {
                encoded[n++] = (byte) TelnetCodes.IAC;
                encoded[n++] = (byte) TelnetCodes.IAC;
            } else {
                encoded[n++] = (byte) b;
            }
        }
        queue.write(encoded, 0, n);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pendingCr && !closed) {
            pendingCr = false;
            queue.write(new byte[] {'\r', 0});
        }
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        closed = true;
    }
}
