package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keys that stop a running command (Ctrl-^ x, Ctrl-C) and Ctrl-C at the prompt, on a JLine terminal as the
 * console, SSH and telnet use it; and output that reaches the screen while the command still runs.
 */
@Timeout(20)
class CommandInterruptTest {

    private final FakeSession session = new FakeSession();

    private String type(String keys) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "ansi",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(200, 24));
            new TerminalConsole(terminal, session).run();
        }
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
    }

    @Test
    void escapeSequenceStopsTheRunningCommandAndLaterKeysStartTheNextLine() throws IOException {
        String screen = type("run\r\u001ex" + "enable\r");
        assertEquals(List.of("stopped"), session.runs);
        assertEquals(List.of("run", "enable"), session.submitted, "keys typed after the escape are kept");
        assertTrue(screen.contains("running\nstopped\nRouter>enable\n"), screen);
    }

    @Test
    void ctrlCStopsTheRunningCommandWithoutEndingTheConsole() throws IOException {
        type("run\r\u0003" + "run\r\u001e\u001ex" + "enable\r");
        assertEquals(List.of("stopped", "stopped"), session.runs);
        assertEquals(List.of("run", "run", "enable"), session.submitted);
    }

    @Test
    void aLoneCtrlCaretIsNoStop() throws IOException {
        // Ctrl-^ followed by another key is ordinary input; the command runs on until the input ends
        type("run\r\u001eq");
        assertEquals(List.of("stopped"), session.runs, "the end of the keyboard (a hang-up) stops it");
    }

    @Test
    void ctrlCAtThePromptDropsTheLineAndLeavesConfiguration() throws IOException {
        String screen = type("configure\rhostname x\u0003enable\r");
        assertEquals(1, session.interrupts);
        assertEquals(List.of("configure", "enable"), session.submitted, "the interrupted line never runs");
        assertTrue(screen.contains("Router(config)#hostname x^C\nRouter>enable"), screen);
    }

    @Test
    void ctrlDOnAnEmptyLineDoesNotEndTheConsole() throws IOException {
        type("\u0004\u0004enable\r");
        assertEquals(List.of("enable"), session.submitted);
    }

    @Test
    void outputOfARunningCommandReachesTheScreenBeforeItEnds() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream keys = new PipedInputStream(keyboard);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "ansi", keys, screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(200, 24));
            Thread console = new Thread(() -> new TerminalConsole(terminal, session).run());
            console.start();
            keyboard.write("run\r".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            long deadline = System.currentTimeMillis() + 4000;
            while (!screen.toString(StandardCharsets.UTF_8).contains("running") && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(screen.toString(StandardCharsets.UTF_8).contains("running"), "printed while the command runs");
            assertTrue(session.runs.isEmpty(), "the command is still running");
            keyboard.write("\u001ex".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            while (session.runs.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(List.of("stopped"), session.runs);
            keyboard.close();
            console.join(5000);
        }
    }
}
