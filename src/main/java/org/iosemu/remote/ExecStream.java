package org.iosemu.remote;

import java.io.InputStream;

/**
 * The client end of an exec request while its command runs: output (lines end in "\n"; the transport
 * sends CR LF), the bytes the client sends meanwhile (keys such as Ctrl-C), and whether the client is gone.
 */
public interface ExecStream {

    /** Sends {@code text}; once the client has gone it is dropped (see {@link #clientGone()}). */
    void print(String text);

    void flush();

    /** What the client types while the command runs (an ssh without a pty forwards its standard input). */
    InputStream input();

    /** True once the client closed the channel or a write to it failed: nobody reads the output any more. */
    boolean clientGone();
}
