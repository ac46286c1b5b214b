package org.iosemu.remote.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.iosemu.remote.CrlfOutputStream;
import org.iosemu.remote.ExecHandler;
import org.iosemu.remote.ExecStream;

/** An SSH "exec" request: one command line through the ExecHandler, its output, its exit status. */
final class ExecCommand implements Command {

    private final String commandLine;
    private final ExecHandler handler;
    private InputStream in = InputStream.nullInputStream();
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exitCallback;

    ExecCommand(String commandLine, ExecHandler handler) {
        this.commandLine = commandLine;
        this.handler = handler;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in; // only read for keys that stop the running command (Ctrl-C, Ctrl-^ x)
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        Thread thread = new Thread(() -> run(channel), "ssh-exec");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(ChannelSession channel) {
        int status;
        try {
            status = handler.execute(commandLine, SshPeers.of(channel), new ChannelStream(channel));
        } catch (Exception e) {
            status = 1;
            try {
                write(err, "% " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "\n");
            } catch (IOException ignored) {
                // the client is gone
            }
        }
        exitCallback.onExit(status);
    }

    /** The channel as the running command's output: CR LF line ends, failures end the stream for good. */
    private final class ChannelStream implements ExecStream {
        private final ChannelSession channel;
        private final CrlfOutputStream crlf;
        private volatile boolean failed;

        ChannelStream(ChannelSession channel) {
            this.channel = channel;
            this.crlf = new CrlfOutputStream(out);
        }

        @Override
        public void print(String text) {
            if (clientGone()) {
                return;
            }
            try {
                crlf.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                failed = true;
            }
        }

        @Override
        public void flush() {
            if (clientGone()) {
                return;
            }
            try {
                crlf.flush();
            } catch (IOException e) {
                failed = true;
            }
        }

        @Override
        public InputStream input() {
            return in;
        }

        @Override
        public boolean clientGone() {
            return failed || !channel.isOpen() || channel.isClosing();
        }
    }

    private static void write(OutputStream stream, String text) throws IOException {
        CrlfOutputStream crlf = new CrlfOutputStream(stream);
        crlf.write(text.getBytes(StandardCharsets.UTF_8));
        crlf.flush();
    }

    @Override
    public void destroy(ChannelSession channel) {
        // nothing held beyond the handler call
    }
}
