package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.time.IosTimestamp;

/** A lab on virtual time driven through its console, with every router's log lines kept apart. */
final class LabDriver {

    /** One timestamped log line of a router: millis since the lab started, and the text after the stamp. */
    record LogLine(long at, String text) {}

    static final long START = IosTimestamp.IOS_BOOT_EPOCH_MILLIS;

    final VirtualLabTime time = new VirtualLabTime(START);
    final Lab lab;
    final LabConsole console;
    final StringBuilder screen = new StringBuilder();
    private final Map<String, List<LogLine>> logs = new TreeMap<>();

    LabDriver(Map<String, String> configs) {
        StringBuilder bootErrors = new StringBuilder();
        Path nvram;
        try {
            nvram = Files.createTempDirectory("lab-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lab = new Lab(configs, nvram, time, bootErrors::append);
        assertFalse(bootErrors.length() > 0, bootErrors.toString());
        for (Router r : lab.routers()) {
            List<LogLine> lines = new ArrayList<>();
            logs.put(r.name(), lines);
            r.context().logBus().tap(line -> lines.add(new LogLine(time.now() - START, strip(line))));
        }
        console = new LabConsole(lab);
        console.setAsyncSink(line -> screen.append(line).append('\n'));
    }

    static LabDriver ofSamples(String lab) {
        try {
            Path dir = Path.of("samples/labs", lab);
            LabDriver driver = new LabDriver(LabLoader.fromDirectory(dir));
            LabLoader.nats(dir).forEach(driver.lab::placeBehindNat);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types lines at the console; returns what appeared on screen (echo, output, log lines). */
    String type(String... lines) {
        int start = screen.length();
        for (String line : lines) {
            screen.append(console.prompt()).append(line).append('\n');
            LineOutcome outcome = console.submit(line, screen::append);
            assertFalse(outcome.rejected(), () -> line + " -> " + outcome.message() + "\n" + screen);
        }
        return screen.substring(start);
    }

    /** Types on {@code router}'s console, then attaches back to where the console was. */
    String on(String router, String... lines) {
        String back = lab.attached().name();
        lab.attach(router, s -> { });
        try {
            return type(lines);
        } finally {
            lab.attach(back, s -> { });
        }
    }

    List<LogLine> log(String router) {
        return logs.get(router);
    }

    List<Long> times(String router, String contains) {
        return log(router).stream().filter(l -> l.text().contains(contains)).map(LogLine::at).toList();
    }

    long now() {
        return time.now() - START;
    }

    /** `*Mar  1 00:00:10.004: text` → `text`. */
    private static String strip(String line) {
        int i = line.indexOf(": ");
        return line.startsWith("*") && i > 0 ? line.substring(i + 2) : line;
    }
}
