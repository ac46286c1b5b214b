package org.iosemu.cli.terminal;

import java.io.IOException;
import org.jline.utils.NonBlockingReader;

/**
 * A keyboard that wraps another one and changes only how keys are read: availability, shutdown and close
 * go to the wrapped reader, so each wrapper (idle limit, line bound, echo batching) states only its own rule.
 */
public abstract class ForwardingKeyboard extends NonBlockingReader {

    protected final NonBlockingReader keys;

    protected ForwardingKeyboard(NonBlockingReader keys) {
        this.keys = keys;
    }

    @Override
    public int available() {
        return keys.available();
    }

    @Override
    public void shutdown() {
        keys.shutdown();
    }

    @Override
    public void close() throws IOException {
        keys.close();
    }
}
