package org.iosemu.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/** Builds the JLine terminal a transport hands to its ConnectionHandler. */
public final class RemoteTerminals {

    public static final String DEFAULT_TYPE = "vt100";
    /**
     * The capabilities every vty gets, whatever TERM the client announced: JLine's bundled "ansi" has
     * cursor movement but no keypad mode, so no {@code ESC[?1h ESC=} surrounds the prompt (IOS sends
     * none, and automation would read it as part of the prompt). Bundled, so no host terminfo is used.
     */
    public static final String VTY_CAPABILITIES = "ansi";
    public static final Size DEFAULT_SIZE = new Size(80, 24);
    private static final int UNDEFINED = -1;

    private RemoteTerminals() {
    }

    /**
     * A terminal over a connection's (already protocol-decoded) streams. JLine's line discipline does
     * echo, ICRNL and ONLCR until the front end switches to raw mode, as a pty on a real host would.
     * {@code type} (the client's TERM) is accepted but not used: every vty gets {@link #VTY_CAPABILITIES}.
     */
    public static Terminal create(String name, String type, InputStream in, OutputStream out, Size size)
            throws IOException {
        Terminal terminal = new EchoSafeTerminal(name, VTY_CAPABILITIES, in, new RepeatedCrFilter(out),
                StandardCharsets.UTF_8, sizeOrDefault(size));
        // the line discipline's default erase is unusable; clients send DEL for Backspace
        Attributes attributes = terminal.getAttributes();
        attributes.setControlChar(Attributes.ControlChar.VERASE, 0x7f);
        // a vty has no process to suspend or quit: ^Z (IOS "end"), ^\ and ^T must reach the CLI as
        // input instead of becoming signals nobody handles; ^C stays a signal (JLine's interrupt)
        for (Attributes.ControlChar signalKey : new Attributes.ControlChar[] {Attributes.ControlChar.VSUSP,
                Attributes.ControlChar.VDSUSP, Attributes.ControlChar.VQUIT, Attributes.ControlChar.VSTATUS}) {
            attributes.setControlChar(signalKey, UNDEFINED);
        }
        terminal.setAttributes(attributes);
        return terminal;
    }

    public static Size sizeOrDefault(Size size) {
        return size == null || size.getColumns() <= 0 || size.getRows() <= 0 ? DEFAULT_SIZE : size;
    }
}
