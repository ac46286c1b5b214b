package org.iosemu.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A JLine external terminal whose line-discipline echo cannot land inside a write of the front end. JLine
 * echoes typed bytes on its input pump thread and writes the front end's output byte by byte, both straight
 * into the connection's stream without a common lock, so type-ahead echo used to split a line such as
 * "got[c1 r2]" in two. Here every output call (one flush of the writer) holds the connection stream's
 * lock, and so does every echoed byte; echo now falls only between whole writes, as on a pty.
 */
final class EchoSafeTerminal extends ExternalTerminal {

    private final OutputStream output;
    private final PrintWriter writer;

    EchoSafeTerminal(String name, String type, InputStream in, OutputStream out, Charset encoding, Size size)
            throws IOException {
        super(null, name, type, in, out, encoding, SignalHandler.SIG_DFL, false, null, size);
        this.output = new WholeWrites(super.output(), masterOutput);
        this.writer = new PrintWriter(new OutputStreamWriter(output, encoding));
    }

    @Override
    protected void processOutputByte(int c) throws IOException {
        // the pump thread's echo (and the front end's bytes, re-entering the lock they already hold)
        synchronized (masterOutput) {
            super.processOutputByte(c);
        }
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public PrintWriter writer() {
        return writer;
    }

    /** The line discipline's output stream, each call done under the connection stream's lock. */
    private static final class WholeWrites extends OutputStream {
        private final OutputStream discipline;
        private final Object lock;

        WholeWrites(OutputStream discipline, Object lock) {
            this.discipline = discipline;
            this.lock = lock;
        }

        @Override
        public void write(int b) throws IOException {
            synchronized (lock) {
                discipline.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (lock) {
                discipline.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (lock) {
                discipline.flush();
            }
        }

        @Override
        public void close() throws IOException {
            discipline.close();
        }
    }
}
