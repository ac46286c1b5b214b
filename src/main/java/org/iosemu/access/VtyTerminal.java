package org.iosemu.access;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal a vty session sees: the transport's, with the keyboard bounded by {@link BoundedLineReader}
 * and ended by {@link IdleTimeoutReader} when the session stays idle past the line's exec-timeout; from
 * then on the screen is silent ({@link ScreenUntilTimeout}).
 */
final class VtyTerminal {

    /** Bytes one command line may hold; longer pastes are cut there, as IOS does. */
    static final int MAX_LINE = 4096;

    private VtyTerminal() {}

    /**
     * @param execTimeout the exec-timeout of the session's line, asked each time the session starts waiting
     * @param keyReceived told of every key the client sends
     */
    static Terminal of(Terminal transport, Supplier<Duration> execTimeout, Runnable keyReceived) {
        // the idle reader sits under the bound so that keys dropped past the line limit still count as input
        IdleTimeoutReader idle = new IdleTimeoutReader(transport.reader(), execTimeout, keyReceived, System::nanoTime);
        NonBlockingReader keyboard = new BoundedLineReader(idle, MAX_LINE);
        PrintWriter screen = new PrintWriter(new ScreenUntilTimeout(transport.writer(), idle::timedOut));
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class},
                (proxy, method, args) -> {
                    if (method.getParameterCount() == 0) {
                        switch (method.getName()) {
                            case "reader":
                                return keyboard;
                            case "writer":
                                return screen;
                            default:
                                break;
                        }
                    }
                    if (method.getName().equals("puts") && idle.timedOut()) {
                        return false; // a capability (the editor's closing carriage return) would write too
                    }
                    try {
                        return method.invoke(transport, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
