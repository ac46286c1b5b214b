package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** What has been flushed to the screen so far (the console's stream buffers like Main's stdout). */
    private String flushed() {
        synchronized (stdout) {
            return stdout.toString(StandardCharsets.UTF_8);
        }
    }

    private void awaitFlushed(String text) throws InterruptedException {
        for (int i = 0; i < 500 && !flushed().contains(text); i++) {
            Thread.sleep(10);
        }
        assertTrue(flushed().contains(text), () -> "never flushed: " + text + "\n" + flushed());
    }

    @Test
    void asyncLinesWhileWaitingForInputShowAtOnceBelowThePromptWhichIsShownAgain() throws Exception {
        java.io.PipedWriter keyboard = new java.io.PipedWriter();
        BufferedReader input = new BufferedReader(new java.io.PipedReader(keyboard));
        java.io.OutputStream synced = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                synchronized (stdout) {
                    stdout.write(b);
                }
            }
        };
        PrintStream screen = new PrintStream(new java.io.BufferedOutputStream(synced, 1 << 16), false, StandardCharsets.UTF_8);
        ScriptedConsole console = new ScriptedConsole(session, screen, new PrintStream(stderr, true, StandardCharsets.UTF_8),
                () -> { });
        Thread running = new Thread(() -> console.run(input, "<stdin>"));
        running.start();
        awaitFlushed("Router>");
        session.logAsync("*Mar  1 00:00:01.000: ISAKMP: debug from the peer");
        awaitFlushed("debug from the peer\n");
        keyboard.write("enable\n");
        keyboard.close();
        running.join(5000);
        assertTrue(flushed().startsWith("Router>\n*Mar  1 00:00:01.000: ISAKMP: debug from the peer\nRouter>enable\n"), flushed());
    }

    @Test
    void aStopTypedAfterACommandIsTakenByItAndCountsAsALine() {
        ScriptedConsole.Result result = feed("run\n\u001ex\nenable\nsecret?!\nrun\n \u0003\nbad\n");
        assertEquals(List.of("stopped", "stopped"), session.runs);
        assertEquals(List.of("run", "enable", "secret?!", "run", "bad"), session.submitted);
        assertEquals("Router>run\nrunning\nstopped\nRouter>enable\nPassword: \nRouter#run\nrunning\nstopped\n"
                + "Router#bad\n       ^\n% Invalid input detected at '^' marker.\n\nRouter#", out());
        assertEquals("cfg.txt:7: % Invalid input detected at '^' marker.\n", stderr.toString(StandardCharsets.UTF_8));
        assertEquals(7, result.lines());
    }

    @Test
    void ctrlCAtThePromptDropsTheTextBeforeItAndAnEscapeThereDoesNothing() {
        feed("configure\nhostname x\u0003\n\u001exenable\n");
        assertEquals(1, session.interrupts);
        assertEquals(List.of("configure", "enable"), session.submitted);
        assertTrue(out().contains("Router(config)#hostname x^C\nRouter>enable\n"), out());
    }
}
