package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Drives the console through a JLine terminal on byte streams, as an SSH or telnet connection would. */
@Timeout(20)
class TerminalConsoleTest {

    private final FakeSession session = new FakeSession();

    /** Types {@code keys} into a console on the fake session; returns the screen with escapes removed. */
    private String type(String keys) throws IOException {
        return type("ansi", keys);
    }

    /** As {@link #type(String)}, on a terminal of type {@code termType} (its terminfo names the arrow keys). */
    private String type(String termType, String keys) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // DumbTerminal reads the stream in the caller's thread: keys arrive in order, then end of input
        try (Terminal terminal = new DumbTerminal("test", termType,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(200, 24));
            new TerminalConsole(terminal, session).run();
        }
        if (System.getenv("SHOW_SCREEN") != null) {
            System.err.println(screen.toString(StandardCharsets.UTF_8).replace("\u001B", "<ESC>").replace("\r", "<CR>").replace("\b", "<BS>"));
        }
        return screen.toString(StandardCharsets.UTF_8)
                .replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "")
                .replace("\r", "");
    }

    @Test
    void questionMarkPrintsHelpBelowTheLineAndKeepsTheBuffer() throws IOException {
        String screen = type("conf?igure\r");
        assertTrue(screen.contains("Router>conf?\n"
                + "  configure  Enter configuration mode\n"
                + "  enable     Turn on privileged commands\n"
                + "\n"
                + "Router>conf"), screen);
        assertEquals(List.of("conf"), session.helpRequests);
        assertEquals(List.of("configure"), session.submitted);
    }

    @Test
    void ctrlVTypesALiteralQuestionMark() throws IOException {
        type("description why\u0016? not\r");
        assertEquals(List.of("description why? not"), session.submitted);
        assertEquals(List.of(), session.helpRequests);
    }

    @Test
    void tabCompletesThroughTheSession() throws IOException {
        type("conf\t\rlength\t 0\r");
        assertEquals(List.of("configure", "length 0"), session.submitted);
    }

    @Test
    void ctrlZLeavesConfigurationAndLogsBelowTheLine() throws IOException {
        String screen = type("configure terminal\r\u001Aenable\r");
        assertTrue(screen.contains("Router(config)#^Z\n"), screen);
        assertTrue(screen.contains("%SYS-5-CONFIG_I: Configured from console by console\n"), screen);
        assertEquals(List.of("configure terminal", "enable"), session.submitted);
        assertTrue(screen.contains("Router(config)#^Z\n"
                + "*Mar  1 00:00:00.000: %SYS-5-CONFIG_I: Configured from console by console\n"
                + "Router>enable\nPassword: "), screen);
    }

    @Test
    void ctrlZRunsTheTypedCommandFirst() throws IOException {
        String screen = type("configure terminal\rlog up\u001A");
        assertEquals(List.of("configure terminal", "log up"), session.submitted);
        assertTrue(screen.contains("Router(config)#log up^Z\n"), screen);
        assertTrue(screen.indexOf("%LOG: up") < screen.indexOf("%SYS-5-CONFIG_I"), screen);
        assertTrue(screen.strip().endsWith("Router>"), screen);
    }

    @Test
    void exclamationMarksQuotesAndBackslashesStayLiteral() throws IOException {
        type("! comment !!\rdescription it's \\\"x\"\r");
        assertEquals(List.of("! comment !!", "description it's \\\"x\""), session.submitted);
    }

    @Test
    void passwordsAreNotEchoedAndMayContainQuestionMarks() throws IOException {
        String screen = type("enable\rsecret?!\r");
        assertEquals(List.of("enable", "secret?!"), session.submitted);
        assertFalse(screen.contains("secret"), screen);
        assertTrue(screen.strip().endsWith("Password: \nRouter#"), screen);
    }

    @Test
    void longOutputIsPagedAndAnyOtherKeyStops() throws IOException {
        String screen = type("lines 60\r q");
        String erase = "\b".repeat(10) + " ".repeat(10) + "\b".repeat(10);
        assertTrue(screen.contains("line 23\n --More-- " + erase + "line 24\n"), screen);
        assertTrue(screen.contains("line 46\n --More-- " + erase + "Router>"), screen);
        assertFalse(screen.contains("line 47"), screen);
        assertEquals(List.of("lines 60"), session.submitted); // 'q' only answered the pager
    }

    @Test
    void asyncLinesArePrintedAboveTheInputLine() throws IOException {
        String screen = type("log hello\rshow\r");
        assertTrue(screen.contains("%LOG: hello\n"), screen);
    }

    @Test
    void anUnsizedTerminalIsTreatedAsEightyByTwentyFour() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "ansi", new ByteArrayInputStream(new byte[0]), screen,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(0, 0));
            new TerminalConsole(terminal, session).run();
            assertEquals(new Size(80, 24), terminal.getSize());
        }
        assertTrue(screen.toString(StandardCharsets.UTF_8).contains("Router>"));
    }

    @Test
    void arrowKeysWorkInBothCursorKeyModes() throws IOException {
        // an xterm's terminfo says ESC O A, which it sends once the editor switches keypad mode on; a client that
        // ignores the switch (a serial terminal, a Windows telnet) still sends ESC [ A, and IOS takes both
        type("xterm", "show clck\u001b[D\u001b[Do\rshow users\r\u001b[A\u001b[A\r\u001bOA\u001bOB\u001bOA\r");
        assertEquals(List.of("show clock", "show users", "show clock", "show clock"), session.submitted);
    }

    @Test
    void ctrlRAndCtrlLRedisplayTheLineAsOnIos() throws IOException {
        // IOS: Ctrl-R or Ctrl-L reprints the prompt and the typed text on a new line (after a log line garbled
        // it); not JLine's reverse history search, not a cleared screen
        String screen = type("show cl\u0012oc\u000ck\r");
        assertEquals(List.of("show clock"), session.submitted);
        assertFalse(screen.contains("search"), screen);
        assertTrue(screen.contains("Router>show cl\nRouter>show cloc\nRouter>show clock"), screen);
    }

    @Test
    void ctrlXDeletesToTheStartOfTheLineAndOpensNoEditor() throws IOException {
        // IOS: Ctrl-U or Ctrl-X deletes back to the start of the line. JLine's Ctrl-X prefix would open its own
        // nano on Ctrl-X Ctrl-E (on the router's host, from a telnet or SSH session) or switch to vi keys.
        String screen = type("junk\u0018\u0005show clock\u000f\u001ba\rjunk \u0018\u0016show users\r\u0015 show line\u0013\u001dx\r");
        assertEquals(List.of("show clock", "show users", " show linex"), session.submitted);
        assertFalse(screen.contains("Nano"), screen);
        assertFalse(screen.contains("widget"), screen);   // Ctrl-] was bound to a widget JLine lacks
        assertFalse(screen.contains("search"), screen);
    }

    @Test
    void exitEndsTheConsole() throws IOException {
        type("exit\rlines 3\r");
        assertEquals(List.of("exit"), session.submitted);
    }
}
