package org.iosemu.cli.session;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.iosemu.config.ConfigStore;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.time.Clock;

/**
 * One router, shared by all its sessions: the running config, NVRAM, the clock, the log bus and the engine
 * services. Per-user state (mode, privilege, terminal length) lives in {@link IosSession}.
 */
public final class RouterContext {

    /** The emulated chassis's built-in ports; other physical ports appear when configured. */
    public static final List<InterfaceName> BUILT_IN_PORTS = List.of(
            new InterfaceName(InterfaceType.FAST_ETHERNET, "0"), new InterfaceName(InterfaceType.FAST_ETHERNET, "1"));

    private final Clock clock;
    private volatile long bootMillis;
    private volatile String returnedToRomBy = "power-on";
    private volatile OptionalLong countersClearedAt = OptionalLong.empty();
    private final ConfigStore config;
    private final StartupConfigFile startup;
    private final LogBus logBus;
    private final LogHistory logHistory;
    private final RouterServices services;
    private final RandomGenerator random;
    private final List<IosSession> sessions = new CopyOnWriteArrayList<>();
    private final LineUses lineUses = new LineUses();
    private final org.iosemu.capture.CaptureRegistry captures = new org.iosemu.capture.CaptureRegistry();
    private volatile OptionalLong savedAt = OptionalLong.empty();
    private volatile RunningConfig bootConfig;

    public RouterContext(Clock clock, Optional<Path> startupConfig, RouterServices services, RandomGenerator random) {
        this(clock, startupConfig, router -> services, random);
    }

    /**
     * For services that need the router itself (the IKE engine listens to the config store and logs to the
     * log bus): {@code services} is called once, at the end of construction.
     */
    public RouterContext(Clock clock, Optional<Path> startupConfig,
                         java.util.function.Function<RouterContext, RouterServices> services, RandomGenerator random) {
        this.clock = clock;
        this.bootMillis = clock.nowMillis();
        this.startup = new StartupConfigFile(startupConfig);
        this.random = random;
        boolean hasStartup = startup.read().isPresent();
        // With a startup-config, ports come up unless it says `shutdown`; a blank router has them shut.
        this.config = new ConfigStore(RunningConfig.factoryDefault(BUILT_IN_PORTS, !hasStartup), clock::nowMillis);
        this.bootConfig = config.current();
        this.logBus = new LogBus(clock, bootMillis, () -> config.current().system().logTimestamps(),
                () -> config.current().system().debugTimestamps(), () -> config.current().system().services().clock());
        this.logHistory = new LogHistory(() -> config.current().system().services().logging());
        logBus.tap(logHistory::record);
        this.services = services.apply(this);
    }

    /** A router with the standalone services and a secure salt source. */
    public RouterContext(Clock clock, Optional<Path> startupConfig) {
        this(clock, startupConfig, new StandaloneRouterServices(), new SecureRandom());
    }

    /**
     * Reads the startup-config through the CLI, as IOS does at boot. Problems are reported as
     * {@code FILE:LINE: message} on {@code errors}; the file itself is never written.
     */
    public List<String> boot(CliOutput errors) {
        String file = startup.path().map(Path::toString).orElse("startup-config");
        List<String> encodingProblems = new java.util.ArrayList<>();
        Optional<List<String>> lines = startup.read((line, problem) -> encodingProblems.add(file + ":" + line + ": " + problem));
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> problems = new java.util.ArrayList<>(encodingProblems);
        problems.addAll(new StartupConfigLoader(this).load(lines.get(), file));
        problems.forEach(errors::println);
        config.forgetChangeTime();
        bootConfig = config.current();
        return problems;
    }

    /**
     * A reboot ({@code reason}: "reload", "power-on"): the running configuration is thrown away and read
     * again from the startup-config, as at power-on; the uptime starts again.
     */
    public void reboot(String reason, CliOutput errors) {
        boolean hasStartup = startup.read().isPresent();
        config.apply(old -> RunningConfig.factoryDefault(BUILT_IN_PORTS, !hasStartup));
        boot(errors);
        bootMillis = clock.nowMillis();
        returnedToRomBy = reason;
        countersClearedAt = OptionalLong.empty();
    }

    /** `clear counters` confirmed: the services zero the counts, `show interfaces` says when. */
    public void clearCounters() {
        services.clearCounters();
        countersClearedAt = OptionalLong.of(clock.nowMillis());
    }

    /** When `clear counters` last ran (never since boot: empty). */
    public OptionalLong countersClearedAt() {
        return countersClearedAt;
    }

    /** `show version`'s "System returned to ROM by ...". */
    public String returnedToRomBy() {
        return returnedToRomBy;
    }

    /** The running configuration changed since the last boot or save (`reload` offers to save it). */
    public boolean modifiedSinceSave() {
        OptionalLong changed = config.lastChangeMillis();
        return changed.isPresent() && (savedAt.isEmpty() || changed.getAsLong() > savedAt.getAsLong());
    }

    /**
     * After a reboot the console shows the boot and waits for RETURN: on {@code requester}'s screen when the
     * reload was typed on the console, else on the console's own.
     */
    public void restartConsoles(IosSession requester, CliOutput requesterScreen) {
        for (IosSession s : sessions) {
            if (s.origin().console()) {
                s.restartAfterBoot(s == requester ? requesterScreen : s::showOnScreen);
            }
        }
    }

    /** Embedded packet capture points (`monitor capture`); the network layer feeds them. */
    public org.iosemu.capture.CaptureRegistry captures() {
        return captures;
    }

    /** The configuration as it stood right after boot (for `show ip interface brief`'s NVRAM method). */
    public RunningConfig bootConfig() {
        return bootConfig;
    }

    public ConfigStore config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public long bootMillis() {
        return bootMillis;
    }

    public LogBus logBus() {
        return logBus;
    }

    /** The logging buffer and per-destination counts (`show logging`). */
    public LogHistory logHistory() {
        return logHistory;
    }

    public RouterServices services() {
        return services;
    }

    public RandomGenerator random() {
        return random;
    }

    public StartupConfigFile startupConfig() {
        return startup;
    }

    public String hostname() {
        return config.current().system().hostname();
    }

    public ConfigTimes configTimes() {
        return new ConfigTimes(config.lastChangeMillis(), savedAt);
    }

    /** `write memory`: NVGEN the running config and store it atomically. */
    public void save() throws IOException {
        savedAt = OptionalLong.of(clock.nowMillis());
        startup.write(RunningConfigRenderer.body(config.current(), configTimes()));
    }

    public void eraseStartup() throws IOException {
        startup.erase();
        savedAt = OptionalLong.empty();
    }

    void register(IosSession s) {
        sessions.add(s);
        lineUses.started(s.origin());
    }

    void unregister(IosSession s) {
        sessions.remove(s);
    }

    LineUses lineUses() {
        return lineUses;
    }

    /** A reload or power cut: every vty session ends, so its client sees the connection close. */
    public void dropVtySessions() {
        for (IosSession s : sessions) {
            if (!s.origin().console()) {
                s.hangUp();
            }
        }
    }

    public List<IosSession> sessions() {
        return List.copyOf(sessions);
    }
}
