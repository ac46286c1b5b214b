package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptedConsoleTest {

    private final FakeSession session = new FakeSession();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private int afterLineCalls;

    private ScriptedConsole.Result feed(String input) {
        ScriptedConsole console = new ScriptedConsole(session, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), () -> afterLineCalls++);
        return console.run(new BufferedReader(new StringReader(input)), "cfg.txt");
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsPromptEchoAndOutputAndEndsAtThePrompt() {
        ScriptedConsole.Result result = feed("enable\r\nsecret?!\nconfigure terminal\n! note\nend\n");
        assertEquals("Router>enable\n"
                + "Password: \n"
                + "Router#configure terminal\n"
                + "Enter configuration commands, one per line.  End with CNTL/Z.\n"
                + "Router(config)#! note\n"
                + "Router(config)#end\n"
                + "*Mar  1 00:00:00.000: %SYS-5-CONFIG_I: Configured from console by console\n"
                + "Router#", out());
        assertEquals(List.of("enable", "secret?!", "configure terminal", "! note", "end"), session.submitted);
        assertEquals(new ScriptedConsole.Result(5, 0), result);
        assertEquals(0, result.exitStatus());
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
        assertEquals(5, afterLineCalls);
    }

    @Test
    void aLineEndingInQuestionMarkIsHelpNotACommand() {
        feed("conf ?\n");
        assertEquals("Router>conf ?\n"
                + "  configure  Enter configuration mode\n"
                + "  enable     Turn on privileged commands\n"
                + "\n"
                + "Router>conf \n"
                + "Router>", out());
        assertEquals(List.of("conf "), session.helpRequests);
        assertEquals(List.of(), session.submitted);
    }

    @Test
    void rejectedLinesAreReportedWithTheirLineNumber() {
        ScriptedConsole.Result result = feed("\nbogus\n\nworse\n");
        assertEquals("cfg.txt:2: % Invalid input detected at '^' marker.\n"
                + "cfg.txt:4: % Invalid input detected at '^' marker.\n", stderr.toString(StandardCharsets.UTF_8));
        assertEquals(2, result.rejected());
        assertEquals(1, result.exitStatus());
    }

    @Test
    void stopsReadingWhenTheSessionCloses() {
        ScriptedConsole.Result result = feed("exit\nlines 3\n");
        assertEquals("Router>exit\n", out());
        assertEquals(1, result.lines());
    }

    @Test
    void neverPages() {
        feed("lines 100\n");
        assertEquals(100, out().lines().filter(l -> l.startsWith("line ")).count());
    }
}
