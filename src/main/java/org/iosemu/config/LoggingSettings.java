package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where syslog messages go: remote hosts (`logging A.B.C.D`), the buffer (`logging buffered`) and the
 * console, which is on at `debugging` unless `no logging console` or `logging console LEVEL` says otherwise.
 */
public record LoggingSettings(List<String> hosts, Optional<BufferedLogging> buffered, Optional<Severity> console) {

    public static final LoggingSettings DEFAULT =
            new LoggingSettings(List.of(), Optional.empty(), Optional.of(Severity.DEBUGGING));

    public LoggingSettings {
        hosts = List.copyOf(hosts);
    }

    /** Hosts keep the order they were added in; adding one twice keeps the first place. */
    public LoggingSettings withHost(String address) {
        if (hosts.contains(address)) {
            return this;
        }
        List<String> h = new ArrayList<>(hosts);
        h.add(address);
        return new LoggingSettings(h, buffered, console);
    }

    public LoggingSettings withoutHost(String address) {
        return new LoggingSettings(hosts.stream().filter(a -> !a.equals(address)).toList(), buffered, console);
    }

    public LoggingSettings withBuffered(Optional<BufferedLogging> v) {
        return new LoggingSettings(hosts, v, console);
    }

    public LoggingSettings withConsole(Optional<Severity> v) {
        return new LoggingSettings(hosts, buffered, v);
    }

    /**
     * Whether the console prints {@code line}: syslog lines carry their severity (`%SYS-5-...`), anything
     * else is debug output, which IOS logs at `debugging`.
     */
    public boolean consoleShows(String line) {
        return consoleShows(Severity.ofLine(line));
    }

    /** Whether the console prints a line of this severity. */
    public boolean consoleShows(Severity severity) {
        return console.isPresent() && severity.level() <= console.get().level();
    }

    /** The lines near the top of show run (after the boot markers). */
    public List<String> renderLocal() {
        List<String> out = new ArrayList<>();
        buffered.ifPresent(b -> out.add(b.render()));
        if (console.isEmpty()) {
            out.add("no logging console");
        } else if (console.get() != Severity.DEBUGGING) {
            out.add("logging console " + console.get().keyword());
        }
        return out;
    }

    /** The host lines, which IOS writes after the static routes; 15.1 spells them `logging A.B.C.D`. */
    public List<String> renderHosts() {
        return hosts.stream().map(h -> "logging " + h).toList();
    }
}
