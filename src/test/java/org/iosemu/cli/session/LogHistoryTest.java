package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.iosemu.config.BufferedLogging;
import org.iosemu.config.LoggingSettings;
import org.iosemu.config.Severity;
import org.junit.jupiter.api.Test;

/** The logging buffer keeps the newest lines that fit, at its level, and starts afresh on a new size. */
class LogHistoryTest {

    private final AtomicReference<LoggingSettings> settings = new AtomicReference<>(LoggingSettings.DEFAULT);
    private final LogHistory history = new LogHistory(settings::get);

    private void buffered(int size, Severity level) {
        settings.set(LoggingSettings.DEFAULT.withBuffered(Optional.of(new BufferedLogging(size, level))));
    }

    @Test
    void nothingIsKeptWhileBufferedLoggingIsOff() {
        history.record("%SYS-5-CONFIG_I: Configured from console by console");
        assertEquals(List.of(), history.buffered());
        assertEquals(new LogHistory.Counts(1, 1, 0, 1), history.counts());
    }

    @Test
    void theOldestLinesGoWhenTheBufferIsFull() {
        buffered(30, Severity.DEBUGGING);
        history.record("%A-5-X: one one one"); // 19 characters + line end
        history.record("%A-5-X: two");         // 11 + 1: 32 > 30, so the first goes
        history.record("debug line");          // 10 + 1
        assertEquals(List.of("%A-5-X: two", "debug line"), history.buffered());
        assertEquals(3, history.counts().buffer());
        assertEquals(2, history.counts().trap(), "debug output never goes to syslog hosts");
    }

    @Test
    void theLevelFiltersAndANewSizeStartsAfresh() {
        buffered(4096, Severity.WARNINGS);
        history.record("%LINK-3-UPDOWN: Interface FastEthernet0, changed state to up");
        history.record("%SYS-5-CONFIG_I: Configured from console by console");
        history.record("ISAKMP: debug");
        assertEquals(List.of("%LINK-3-UPDOWN: Interface FastEthernet0, changed state to up"), history.buffered());
        buffered(8192, Severity.WARNINGS);
        history.record("%LINK-3-UPDOWN: Interface FastEthernet1, changed state to up");
        assertEquals(List.of("%LINK-3-UPDOWN: Interface FastEthernet1, changed state to up"), history.buffered());
    }
}
