package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iosemu.app.LabLaunch;
import org.iosemu.app.Launcher;
import org.junit.jupiter.api.Test;

/**
 * `debug crypto isakmp` as the console shows it, line by line, against the reference samples: a phase-1 state
 * change ends with a blank and is followed by an empty line (a quick mode node's is not), and the second line of a
 * two-line message (`        spi 0, message ID = ...`) has no timestamp of its own.
 */
class DebugLayoutTest {

    private static final String STAMP = "*Mar  1 ";

    @Test
    void stateLinesAndContinuationLinesLookAsIosPrintsThem() throws Exception {
        List<String> screen = replay("samples/labs/site-to-site-periodic-dpd");
        int phase1States = 0;
        int notifies = 0;
        for (int i = 0; i < screen.size(); i++) {
            String line = screen.get(i);
            if (line.contains("Old State = ") && !screen.get(i - 1).contains("Node ")) {
                phase1States++;
                assertTrue(line.endsWith(" "), "trailing blank: [" + line + "]");
                assertEquals("", screen.get(i + 1), "empty line after [" + line + "]");
            } else if (line.contains("Old State = ")) {
                assertTrue(line.endsWith("IKE_QM_PHASE2_COMPLETE") || line.endsWith("IKE_QM_I_QM1"), "node state: [" + line + "]");
            }
            if (line.contains("processing NOTIFY")) {
                notifies++;
                assertTrue(screen.get(i + 1).matches(" {8}spi 0, message ID = -?\\d+, sa = [0-9A-F]{8}"), screen.get(i + 1));
            }
            assertTrue(!line.startsWith(STAMP) || !line.substring(line.indexOf(": ") + 2).startsWith(" "),
                    "a continuation line with a timestamp: [" + line + "]");
        }
        assertTrue(phase1States > 20, "state lines seen: " + phase1States);
        assertTrue(notifies > 5, "notifies seen: " + notifies);
    }

    private static List<String> replay(String dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LabLaunch lab = LabLaunch.parse(List.of("--lab", dir, "--replay", dir + "/session.txt"));
        int status = new Launcher(lab.factory(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                () -> false).run(lab.remaining());
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
