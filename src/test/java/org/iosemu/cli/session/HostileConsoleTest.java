package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input script ({@link HostileScript}: every mode, values at and past their range edges, bytes
 * that are not UTF-8) typed at a console: no line throws, the session stays open, and every rejected line
 * leaves the configuration as it was. {@code -Diosemu.long=true} types at least 1,000,000 lines.
 */
class HostileConsoleTest {

    static final boolean LONG = Boolean.getBoolean("iosemu.long");

    @Test
    void theConsoleSurvivesTheHostileScript() {
        int target = LONG ? 1_000_000 : 10_000;
        long started = System.nanoTime();
        int lines = 0;
        int rejected = 0;
        for (long seed = 1; lines < target; seed++) {
            RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
                    new StandaloneRouterServices(), new Random(seed));
            IosSession session = new IosSession(router);
            StringBuilder screen = new StringBuilder();
            session.submit("enable", screen::append);
            List<String> script = LenientUtf8.lines(
                    HostileScript.file(HostileScript.lines(seed, 200, EnumSet.allOf(Mode.class), HostileScript.ANY)), (n, p) -> { });
            for (String line : script) {
                RunningConfig before = router.config().current();
                LineOutcome outcome;
                try {
                    outcome = session.submit(line, text -> { });
                } catch (RuntimeException | Error e) {
                    throw new AssertionError("'" + line + "' threw " + e, e);
                }
                lines++;
                if (outcome.rejected()) {
                    rejected++;
                    RunningConfig after = router.config().current();
                    if (after != before) {
                        assertEquals(RunningConfigRenderer.body(before, ConfigTimes.NONE),
                                RunningConfigRenderer.body(after, ConfigTimes.NONE), "rejected but changed the config: " + line);
                    }
                }
                if (!session.isOpen()) {
                    fail("the session ended at '" + line + "'");
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("hostile console: %d lines (%d rejected) in %d ms, 0 exceptions%n", lines, rejected, millis);
        assertTrue(rejected > lines / 10, "mostly hostile lines: " + rejected + " of " + lines);
    }
}
