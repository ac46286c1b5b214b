package org.iosemu.access;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/** The terminal a vty session sees: the transport's, with the keyboard bounded by {@link BoundedLineReader}. */
final class VtyTerminal {

    /** Bytes one command line may hold; longer pastes are cut there, as IOS does. */
    static final int MAX_LINE = 4096;

    private VtyTerminal() {}

    static Terminal of(Terminal transport) {
        NonBlockingReader keyboard = new BoundedLineReader(transport.reader(), MAX_LINE);
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("reader") && method.getParameterCount() == 0) {
                        return keyboard;
                    }
                    try {
                        return method.invoke(transport, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
