package org.iosemu.cli.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.iosemu.cli.session.TerminalSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * An interactive IOS console on a JLine {@link Terminal}: the local console today, SSH and telnet
 * connections later (they bring their own Terminal). Line editing and history are JLine's; prompts,
 * help, completion and commands are the session's; paging and async lines are handled here.
 */
public final class TerminalConsole {

    private final Terminal terminal;
    private final TerminalSession session;

    public TerminalConsole(Terminal terminal, TerminalSession session) {
        this.terminal = terminal;
        this.session = session;
    }

    /** Runs until the session closes or the terminal's input ends. */
    public void run() {
        keepSuspendKeyForCtrlZ();
        keepSignalKeysAsInput();
        assumeStandardSizeIfUnknown();
        BatchedEchoTerminal editorTerminal = new BatchedEchoTerminal(terminal);
        LineReaderImpl reader = newReader(editorTerminal.editorView());
        AsyncLines asyncLines = new AsyncLines(reader::printAbove);
        new KeyWidgets(reader, session, asyncLines).install();
        session.setAsyncSink(asyncLines);
        PrintWriter screen = terminal.writer();
        screen.print(session.greeting());
        screen.flush();
        KeySource keys = new RawKeySource(terminal);
        String typeAhead = "";
        while (session.isOpen()) {
            if (!typeAhead.isEmpty()) {
                reader.runMacro(typeAhead); // keys typed while the last command ran start the next line
                typeAhead = "";
            }
            String line;
            try {
                String prompt = Prompts.forJLine(session.prompt());
                // up-arrow recall keeps as many commands as the line's `history size`
                reader.setVariable(LineReader.HISTORY_SIZE, session.historySize());
                line = editorTerminal.edit(() -> session.echoesInput() ? reader.readLine(prompt)
                        : reader.readLine(prompt, LineReaderImpl.NULL_MASK));
            } catch (UserInterruptException e) {
                continue; // a SIGINT from outside abandons the line (Ctrl-C itself is a key: KeyWidgets)
            } catch (EndOfFileException e) {
                break;
            }
            CommandKeys commandKeys = new CommandKeys(terminal.reader(), System::currentTimeMillis);
            PagedOutput out = new PagedOutput(screen::print, screen::flush, keys, session.terminalLength(),
                    commandKeys::stopRequested);
            // raw while the command runs: typed keys are neither echoed nor held back until Enter
            Attributes cooked = terminal.enterRawMode();
            try {
                session.submit(line, out);
            } finally {
                terminal.setAttributes(cooked);
            }
            screen.flush();
            if (commandKeys.ended()) {
                break;
            }
            typeAhead = commandKeys.typeAhead();
        }
        screen.flush();
    }

    /**
     * Ctrl-C, Ctrl-\ and the like are IOS keys, not signals: with ISIG off they reach the line editor
     * (Ctrl-C aborts the line, see KeyWidgets) and a running command (which they stop) as plain keys, so no
     * key can end the emulator.
     */
    private void keepSignalKeysAsInput() {
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(attributes);
    }

    private LineReaderImpl newReader(Terminal editorTerminal) {
        LineReaderImpl reader = new ScrollingLineReader(editorTerminal,
                new HashMap<>(Map.of(LineReader.BELL_STYLE, "none")), session::terminalWidth); // setVariable writes it
        reader.setParser(new IosLineParser());
        // IOS config lines start with '!': no history expansion
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        // no escape sequences a script would not expect, no JLine completion menus
        reader.option(LineReader.Option.BRACKETED_PASTE, false);
        reader.option(LineReader.Option.DISABLE_HIGHLIGHTER, true);
        reader.option(LineReader.Option.AUTO_LIST, false);
        reader.option(LineReader.Option.AUTO_MENU, false);
        reader.option(LineReader.Option.INSERT_TAB, false);
        reader.option(LineReader.Option.HISTORY_IGNORE_SPACE, false);
        reader.setKeyMap(LineReader.EMACS);
        return reader;
    }

    /**
     * Ctrl-Z is an IOS key, not job control: switch off the terminal's suspend character so the key
     * reaches the line editor instead of stopping the process.
     */
    private void keepSuspendKeyForCtrlZ() {
        Attributes attributes = terminal.getAttributes();
        attributes.setControlChar(Attributes.ControlChar.VSUSP, 0);
        attributes.setControlChar(Attributes.ControlChar.VDSUSP, 0);
        terminal.setAttributes(attributes);
    }

    /**
     * A terminal that reports no size (a pty nobody sized, an SSH client without a pty request) would make
     * the line editor scroll the prompt away; IOS assumes 80 columns by 24 lines.
     */
    private void assumeStandardSizeIfUnknown() {
        Size size = terminal.getSize();
        if (size.getColumns() <= 0 || size.getRows() <= 0) {
            terminal.setSize(new Size(size.getColumns() > 0 ? size.getColumns() : 80,
                    size.getRows() > 0 ? size.getRows() : 24));
        }
    }

    /** Reads single keys for the pager with the terminal in raw mode. */
    private record RawKeySource(Terminal terminal) implements KeySource {
        @Override
        public int readKey() {
            Attributes saved = terminal.enterRawMode();
            try {
                terminal.flush();
                int key = terminal.reader().read();
                // swallow the rest of an escape sequence (arrow keys) so it does not reach the next line
                while (key == 27 && terminal.reader().peek(20) >= 0) {
                    terminal.reader().read();
                }
                return key;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                terminal.setAttributes(saved);
            }
        }
    }
}
