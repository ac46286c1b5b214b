package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.RealTimeScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same lab on wall-clock time: timers on their own thread, ping and `lab wait` really wait. */
class RealTimeLabTest {

    @Test
    void tunnelComesUpAndWaitSleeps(@TempDir Path nvram) throws Exception {
        try (RealLabTime time = new RealLabTime(new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS))) {
            Lab lab = new Lab(LabLoader.fromDirectory(Path.of("samples/labs/site-to-site-periodic-dpd")), nvram, time,
                    text -> { });
            LabConsole console = new LabConsole(lab);
            StringBuilder screen = new StringBuilder();
            console.setAsyncSink(line -> { });
            console.submit("enable", screen::append);
            console.submit("ping 10.2.2.1 source Loopback0 repeat 3 timeout 1", screen::append);
            console.submit("ping 10.2.2.1 source Loopback0", screen::append);
            assertTrue(screen.toString().contains("!!!!!\nSuccess rate is 100 percent (5/5)"), screen.toString());
            long before = System.nanoTime();
            console.submit("lab wait 1", screen::append);
            assertTrue(System.nanoTime() - before >= 1_000_000_000L);
        }
    }

    /** A user who asks to stop {@code afterMillis} after the command started (as the escape sequence would). */
    private static org.iosemu.cli.session.CliOutput stoppedAfter(StringBuilder screen, long afterMillis) {
        long stopAt = System.currentTimeMillis() + afterMillis;
        return new org.iosemu.cli.session.CliOutput() {
            @Override
            public void print(String text) {
                screen.append(text);
            }

            @Override
            public boolean interrupted() {
                return System.currentTimeMillis() >= stopAt;
            }
        };
    }

    @Test
    void theEscapeSequenceStopsWaitsOnRealTimeAtOnce(@TempDir Path nvram) throws Exception {
        try (RealLabTime time = new RealLabTime(new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS))) {
            Lab lab = new Lab(LabLoader.fromDirectory(Path.of("samples/labs/site-to-site-periodic-dpd")), nvram, time,
                    text -> { });
            LabConsole console = new LabConsole(lab);
            console.setAsyncSink(line -> { });
            StringBuilder screen = new StringBuilder();
            console.submit("enable", screen::append);
            long before = System.nanoTime();
            // nothing answers 10.77.0.1: every echo would wait its 60 s timeout
            console.submit("ping 10.77.0.1 repeat 1000 timeout 60", stoppedAfter(screen, 300));
            console.submit("lab wait 600", stoppedAfter(screen, 300));
            console.submit("traceroute 10.77.0.1 timeout 60", stoppedAfter(screen, 300));
            long millis = (System.nanoTime() - before) / 1_000_000;
            assertTrue(millis < 10_000, "stopped inside the waits, not after them: " + millis + " ms");
            assertTrue(screen.toString().contains(":\n.\nSuccess rate is 0 percent (0/1)\n"), screen.toString());
        }
    }
}
