package org.iosemu.cli.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.iosemu.config.BufferedLogging;
import org.iosemu.config.LoggingSettings;
import org.iosemu.config.Severity;

/**
 * What the router's logging has done, for `show logging`: the buffer `logging buffered` keeps (the newest
 * lines that fit in its size, oldest dropped first; a new size starts it afresh, as IOS reallocates it) and
 * how many lines each destination took. Fed every line the log bus publishes; the settings are read per line,
 * so a configuration change applies from the next message on.
 */
public final class LogHistory {

    /** Informational is IOS's default trap level: syslog hosts get severities 0-6, never debug output. */
    static final Severity TRAP_LEVEL = Severity.INFORMATIONAL;

    private final Supplier<LoggingSettings> settings;
    private final Deque<String> buffer = new ArrayDeque<>();
    private int bufferBytes;
    private int bufferSize = -1;
    private long consoleLogged;
    private long monitorLogged;
    private long bufferLogged;
    private long trapLogged;

    public LogHistory(Supplier<LoggingSettings> settings) {
        this.settings = settings;
    }

    public synchronized void record(String line) {
        LoggingSettings now = settings.get();
        Optional<Severity> message = Severity.ofMessage(line);
        Severity severity = message.orElse(Severity.DEBUGGING);
        if (now.consoleShows(severity)) {
            consoleLogged++;
        }
        monitorLogged++; // `terminal monitor` sessions take every level
        if (message.isPresent() && severity.level() <= TRAP_LEVEL.level()) {
            trapLogged++;
        }
        if (now.buffered().isEmpty()) {
            return;
        }
        BufferedLogging b = now.buffered().get();
        if (b.size() != bufferSize) {
            buffer.clear();
            bufferBytes = 0;
            bufferSize = b.size();
        }
        if (severity.level() > b.level().level()) {
            return;
        }
        bufferLogged++;
        buffer.addLast(line);
        bufferBytes += line.length() + 1;
        while (bufferBytes > bufferSize && !buffer.isEmpty()) {
            bufferBytes -= buffer.removeFirst().length() + 1;
        }
    }

    /** `clear logging`: the buffer is emptied; the counts go on. */
    public synchronized void clear() {
        buffer.clear();
        bufferBytes = 0;
    }

    /** The buffered lines, oldest first (empty while `logging buffered` is off). */
    public synchronized List<String> buffered() {
        return settings.get().buffered().isPresent() ? List.copyOf(buffer) : List.of();
    }

    /** Message counts by destination, at this moment. */
    public synchronized Counts counts() {
        return new Counts(consoleLogged, monitorLogged, bufferLogged, trapLogged);
    }

    /** Lines each destination took since boot. */
    public record Counts(long console, long monitor, long buffer, long trap) {
    }
}
