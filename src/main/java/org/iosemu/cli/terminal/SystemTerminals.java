package org.iosemu.cli.terminal;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The process's own terminal (the router console). */
public final class SystemTerminals {
    private SystemTerminals() {}

    /**
     * Opens the system terminal. Only the JNI provider (bundled in the jline jar) and the `stty`
     * fallback are tried: probing FFM/JNA/Jansi first costs startup time on Java 17 and finds nothing.
     */
    public static Terminal open() throws IOException {
        return TerminalBuilder.builder()
                .system(true)
                .name("console")
                .providers("jni,exec")
                .dumb(true)
                .build();
    }
}
