package org.iosemu.cli.terminal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal the line editor draws on, with the echo of a burst of keys sent as one write. The editor
 * flushes after every key; when a client sends a whole line at once (automation does, and so does a
 * paste) that is one network packet per character, which on SSH means one encryption, one MAC and one
 * wake-up of the client per byte. Here a flush asked for while more keys are already waiting is held
 * back, and done before the editor waits for a key that has not arrived, so the screen ends up the same,
 * in fewer writes. Only flushes made while a line is being edited are held, so the output of a command
 * running with keys typed ahead still appears as it is written.
 */
final class BatchedEchoTerminal {

    private final Terminal terminal;
    private final Terminal editorView;
    private volatile boolean editing;
    private volatile boolean flushHeld;

    BatchedEchoTerminal(Terminal terminal) {
        this.terminal = terminal;
        NonBlockingReader keys = new FlushBeforeWait(terminal.reader());
        this.editorView = (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(),
                new Class<?>[] {Terminal.class}, (proxy, method, args) -> {
                    if (method.getParameterCount() == 0) {
                        switch (method.getName()) {
                            case "reader":
                                return keys;
                            case "flush":
                                flush();
                                return null;
                            default:
                                break;
                        }
                    }
                    try {
                        return method.invoke(terminal, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The terminal to build the line editor on. */
    Terminal editorView() {
        return editorView;
    }

    /** Runs one line edit; flushes the editor holds back happen at the latest when it returns. */
    <T> T edit(Supplier<T> lineEdit) {
        editing = true;
        try {
            return lineEdit.get();
        } finally {
            editing = false;
            if (flushHeld) {
                flushNow();
            }
        }
    }

    private void flush() {
        if (editing && keysWaiting()) {
            flushHeld = true;
        } else {
            flushNow();
        }
    }

    private void flushNow() {
        flushHeld = false;
        terminal.flush();
    }

    /** Keys already received, decoded or not (JLine's stream readers report none of their own). */
    private boolean keysWaiting() {
        try {
            return terminal.reader().available() > 0 || terminal.input().available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The keyboard: a read that would have to wait first sends what the editor drew so far. */
    private final class FlushBeforeWait extends ForwardingKeyboard {
        FlushBeforeWait(NonBlockingReader keys) {
            super(keys);
        }

        @Override
        protected int read(long timeout, boolean isPeek) throws IOException {
            sendHeldEchoUnlessKeysWaiting();
            return isPeek ? keys.peek(timeout) : keys.read(timeout);
        }

        @Override
        public int readBuffered(char[] buffer, int offset, int length, long timeout) throws IOException {
            sendHeldEchoUnlessKeysWaiting();
            return keys.readBuffered(buffer, offset, length, timeout);
        }

        private void sendHeldEchoUnlessKeysWaiting() {
            if (flushHeld && !keysWaiting()) {
                flushNow();
            }
        }
    }
}
