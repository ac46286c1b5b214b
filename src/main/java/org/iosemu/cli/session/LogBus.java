package org.iosemu.cli.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.iosemu.cli.command.SyslogSink;
import org.iosemu.config.ClockSettings;
import org.iosemu.config.TimestampFormat;
import org.iosemu.time.Clock;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.Scheduler;

/**
 * The router's logging: syslog and debug messages get the configured timestamp and go to every session
 * that monitors (the console always does; a vty after `terminal monitor`).
 */
public final class LogBus implements SyslogSink {

    /** A session's screen for asynchronous lines. */
    public interface Subscriber {
        boolean monitors();

        void deliver(String line);
    }

    private final Clock clock;
    private final long bootMillis;
    private final Supplier<Optional<TimestampFormat>> logFormat;
    private final Supplier<Optional<TimestampFormat>> debugFormat;
    private final Supplier<ClockSettings> zone;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> taps = new CopyOnWriteArrayList<>();

    public LogBus(Clock clock, long bootMillis, Supplier<Optional<TimestampFormat>> logFormat,
                  Supplier<Optional<TimestampFormat>> debugFormat) {
        this(clock, bootMillis, logFormat, debugFormat, () -> ClockSettings.UTC);
    }

    /** {@code zone} is the clock's time zone, which `datetime localtime` stamps follow. */
    public LogBus(Clock clock, long bootMillis, Supplier<Optional<TimestampFormat>> logFormat,
                  Supplier<Optional<TimestampFormat>> debugFormat, Supplier<ClockSettings> zone) {
        this.clock = clock;
        this.bootMillis = bootMillis;
        this.logFormat = logFormat;
        this.debugFormat = debugFormat;
        this.zone = zone;
    }

    /** A syslog message such as {@code %SYS-5-CONFIG_I: Configured from console by console}. */
    @Override
    public void log(String message) {
        publish(stamp(logFormat.get()) + message);
    }

    /** Logged after a delay when the router runs on a scheduler, at once otherwise. */
    @Override
    public void logAfter(long delayMillis, String message) {
        if (clock instanceof Scheduler scheduler) {
            scheduler.schedule(delayMillis, () -> log(message));
        } else {
            log(message);
        }
    }

    /** A debug line (the engine's `ISAKMP:(1001): ...`), stamped with the debug timestamp setting. */
    public void debug(String message) {
        publish(stamp(debugFormat.get()) + message);
    }

    private void publish(String line) {
        for (Subscriber s : subscribers) {
            if (s.monitors()) {
                s.deliver(line);
            }
        }
        taps.forEach(t -> t.accept(line));
    }

    /** `*Mar  1 00:00:10.004: `, `00:00:10: ` (uptime) or nothing when timestamps are off. */
    String stamp(Optional<TimestampFormat> format) {
        if (format.isEmpty()) {
            return "";
        }
        long now = clock.nowMillis();
        TimestampFormat f = format.get();
        if (!f.datetime()) {
            // uptime: hh:mm:ss for the first day, then 1d02h, as IOS does
            long s = Math.max(0, now - bootMillis) / 1000;
            return s < 86400 ? String.format("%02d:%02d:%02d: ", s / 3600, s / 60 % 60, s % 60)
                    : String.format("%dd%02dh: ", s / 86400, s / 3600 % 24);
        }
        // without `localtime` IOS stamps in UTC whatever the clock's zone
        ClockSettings.Reading reading = (f.localtime() ? zone.get() : ClockSettings.UTC).at(now);
        long shown = reading.time().toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        String t = IosTimestamp.datetimeMsec(shown, false);
        if (!f.msec()) {
            t = t.substring(0, t.length() - 4);
        }
        if (f.year()) {
            int space = t.indexOf(' ', t.indexOf(' ', 1) + 2);
            t = t.substring(0, space) + " " + reading.time().getYear() + t.substring(space);
        }
        return t + (f.showTimezone() ? " " + reading.zoneName() : "") + ": ";
    }

    public void subscribe(Subscriber s) {
        subscribers.add(s);
    }

    public void unsubscribe(Subscriber s) {
        subscribers.remove(s);
    }

    /** Sees every line whoever monitors (logging buffer, tests). */
    public void tap(Consumer<String> tap) {
        taps.add(tap);
    }
}
