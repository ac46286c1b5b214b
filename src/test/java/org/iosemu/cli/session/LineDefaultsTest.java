package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** A session starts with its line's `length`, `width` and `history size`; `terminal` changes only that session. */
class LineDefaultsTest {

    private final RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS),
            Optional.empty(), new StandaloneRouterServices(), new Random(1));
    private final IosSession console = new IosSession(router);

    private String type(IosSession s, String... lines) {
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            s.submit(l, out::append);
        }
        return out.toString();
    }

    private IosSession vty(int line) {
        return IosSession.authenticated(router, IosSession.Origin.vty(line, "192.0.2.9", "admin"), 15);
    }

    @Test
    void sessionsStartWithTheIosDefaultsWhenTheLineSaysNothing() {
        assertEquals(24, console.terminalLength());
        assertEquals(80, console.terminalWidth());
        assertEquals(10, console.historySize());
        IosSession v = vty(0);
        assertEquals(24, v.terminalLength());
        assertEquals(80, v.terminalWidth());
    }

    @Test
    void aVtySessionStartsFromItsLinesLengthAndWidthAndTerminalOverridesOnlyThatSession() {
        type(console, "enable", "configure terminal", "line vty 0 4", "length 0", "width 132", "line vty 5 15",
                "length 40", "end");
        IosSession first = vty(2);
        assertEquals(0, first.terminalLength());
        assertEquals(132, first.terminalWidth());
        assertEquals(40, vty(7).terminalLength());

        type(first, "terminal length 30", "terminal width 100");
        assertEquals(30, first.terminalLength());
        assertEquals(100, first.terminalWidth());
        IosSession second = vty(3);
        assertEquals(0, second.terminalLength(), "the line's setting is unchanged");
        assertEquals(132, second.terminalWidth());
        assertEquals(24, console.terminalLength(), "the console's line is con 0");

        type(console, "configure terminal", "line vty 0 4", "no length", "no width", "end");
        assertEquals(24, vty(4).terminalLength());
        assertEquals(80, vty(4).terminalWidth());
    }

    @Test
    void theConsoleStartsFromLineCon0() {
        type(console, "enable", "configure terminal", "line con 0", "length 0", "width 132", "history size 3", "end");
        IosSession next = new IosSession(router);
        assertEquals(0, next.terminalLength());
        assertEquals(132, next.terminalWidth());
        assertEquals(3, next.historySize());
    }

    @Test
    void historySizeLimitsWhatShowHistoryKeeps() {
        type(console, "enable", "configure terminal", "line vty 0 4", "history size 2", "end");
        IosSession v = vty(0);
        String shown = type(v, "show clock", "show version", "show privilege", "show history");
        String history = shown.substring(shown.lastIndexOf("Current privilege level"));
        assertTrue(history.contains("  show privilege\n  show history\n"), history);
        assertTrue(!history.contains("show version"), history);
    }
}
