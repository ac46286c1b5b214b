package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * IOS scrolls a line longer than the terminal width sideways in steps of ten, with {@code $} where text is
 * hidden, instead of wrapping it; the line itself is unchanged.
 */
@Timeout(20)
class HorizontalScrollTest {

    private static final String LONG = "access-list 101 permit ip 10.0.0.0 0.255.255.255 172.16.0.0 0.15.255.255 log-input";

    private final FakeSession session = new FakeSession();
    private final Screen screen = new Screen();
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private Thread console;
    private Terminal terminal;

    private void start(int columns) throws Exception {
        terminal = new ExternalTerminal("vty", "ansi", new PipedInputStream(keyboard, 64 * 1024), screen,
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(columns, 24));
        console = new Thread(() -> new TerminalConsole(terminal, session).run(), "console");
        console.start();
        screen.await("Router>");
    }

    @AfterEach
    void stop() throws Exception {
        keyboard.close();
        if (console == null) {
            return;
        }
        console.join(5_000);
        terminal.close();
    }

    @Test
    void aLongLineScrollsLeftByTensWithADollarInsteadOfWrapping() throws Exception {
        start(80);
        type(LONG);
        screen.await("log-input");
        // prompt (7) + 72 columns of text; the 84-character line shifted twice by ten
        assertEquals("Router>$t ip 10.0.0.0 0.255.255.255 172.16.0.0 0.15.255.255 log-input", screen.lastRow());
        type("\r");
        screen.await("% Invalid input");
        assertEquals(List.of(LONG), session.submitted);
        assertTrue(screen.rows().stream().allMatch(r -> r.length() < 80), screen.rows().toString());
    }

    @Test
    void movingToTheStartShowsTheBeginningWithADollarAtTheEnd() throws Exception {
        start(80);
        type(LONG);
        screen.await("log-input");
        type("\u0001"); // Ctrl-A
        screen.await("25$");
        assertEquals("Router>access-list 101 permit ip 10.0.0.0 0.255.255.255 172.16.0.0 0.15.255.25$", screen.lastRow());
        assertEquals(7, screen.cursorColumn());
    }

    @Test
    void aLineThatFitsIsShownAsTyped() throws Exception {
        start(80);
        type("show crypto isakmp sa detail");
        screen.await("detail");
        assertEquals("Router>show crypto isakmp sa detail", screen.lastRow());
    }

    @Test
    void scrollWindowMovesInStepsOfTenAndKeepsTheCursorOffTheMarks() {
        assertEquals(0, ScrollingLineReader.scrolledOffset(0, 71, 71, 72));
        assertEquals(10, ScrollingLineReader.scrolledOffset(0, 72, 72, 72));
        assertEquals(20, ScrollingLineReader.scrolledOffset(10, 84, 84, 72));
        assertEquals(0, ScrollingLineReader.scrolledOffset(20, 0, 84, 72));
        assertEquals(10, ScrollingLineReader.scrolledOffset(20, 11, 84, 72)); // cursor stays right of the '$'
        assertEquals("$cde$", ScrollingLineReader.view("abcdefg", 1, 5));
        assertEquals("abcd$", ScrollingLineReader.view("abcdefg", 0, 5));
        assertEquals("$cdefg", ScrollingLineReader.view("abcdefg", 1, 6));
    }

    private void type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();
    }

    /** Everything the terminal sent, read as a screen. */
    private static final class Screen extends OutputStream {
        private final StringBuilder sent = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            sent.append((char) b);
            notifyAll();
        }

        synchronized void await(String text) throws InterruptedException {
            while (!String.join("\n", rows()).contains(text)) {
                wait(5_000);
            }
            // let the rest of that redraw arrive: wait until nothing more comes for 100 ms
            int length;
            do {
                length = sent.length();
                wait(100);
            } while (sent.length() != length);
        }

        synchronized List<String> rows() {
            return ScreenModel.of(sent.toString()).rows();
        }

        synchronized String lastRow() {
            List<String> rows = rows();
            return rows.get(rows.size() - 1);
        }

        synchronized int cursorColumn() {
            return ScreenModel.of(sent.toString()).cursorColumn();
        }
    }
}
