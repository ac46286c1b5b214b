package org.iosemu.app;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.random.RandomGenerator;
import java.util.function.BooleanSupplier;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.LenientUtf8;
import org.iosemu.cli.session.TerminalSession;
import org.iosemu.cli.terminal.ScriptedConsole;
import org.iosemu.cli.terminal.SystemTerminals;
import org.iosemu.cli.terminal.TerminalConsole;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.RealTimeScheduler;
import org.iosemu.time.Scheduler;
import org.iosemu.time.VirtualScheduler;
import org.jline.terminal.Terminal;

/**
 * Turns parsed options into a run: a replay on virtual time (deterministic transcripts), a console fed
 * from a pipe, or an interactive JLine console. Returns the process exit status.
 */
public final class Launcher {

    /** Replays draw their "random" salts from this seed, so a transcript is the same on every run. */
    static final long REPLAY_SEED = 2002;
    static final String STDIN_NAME = "<stdin>";

    private final SessionFactory sessions;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final BooleanSupplier interactive;
    private volatile boolean quitRequested;

    /** @param interactive whether standard input and output are a terminal */
    public Launcher(SessionFactory sessions, InputStream stdin, PrintStream stdout, PrintStream stderr,
            BooleanSupplier interactive) {
        this.sessions = sessions;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.interactive = interactive;
    }

    /** True when the run ended with `lab quit` (the emulator ends; a headless one stops serving SSH/telnet too). */
    public boolean quitRequested() {
        return quitRequested;
    }

    public int run(List<String> args) {
        LaunchOptions options;
        try {
            options = OptionsParser.parse(args);
        } catch (OptionsParser.UsageException e) {
            stderr.println("iosemu: " + e.getMessage());
            stderr.print(OptionsParser.USAGE);
            return 2;
        }
        if (options.help()) {
            stdout.print(OptionsParser.USAGE);
            return 0;
        }
        try {
            if (options.replay().isPresent()) {
                return replay(options, options.replay().get());
            }
            if (!interactive.getAsBoolean()) {
                return pipedConsole(options);
            }
            return interactiveConsole(options);
        } catch (NoSuchFileException e) {
            stderr.println("iosemu: no such file: " + e.getFile());
            return 2;
        } catch (Exception e) {
            stderr.println("iosemu: " + e);
            return 2;
        }
    }

    private int replay(LaunchOptions options, String source) throws Exception {
        VirtualScheduler clock = new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
        BootErrors bootErrors = new BootErrors(stderr);
        TerminalSession session = open(options, clock, new SplittableRandom(REPLAY_SEED), bootErrors);
        boolean fromStdin = source.equals(LaunchOptions.STDIN);
        String name = fromStdin ? STDIN_NAME : source;
        InvalidBytes invalid = new InvalidBytes(stderr, name);
        try (BufferedReader input = fromStdin ? stdinReader(invalid)
                : lenientReader(new BufferedInputStream(Files.newInputStream(Path.of(source))), invalid)) {
            // zero-delay tasks (change events and the log lines they cause) run before the next line
            ScriptedConsole console = new ScriptedConsole(session, stdout, stderr, () -> clock.advance(0));
            int status = console.run(input, name).exitStatus();
            quitRequested = session.quitRequested();
            return bootErrors.count() > 0 || invalid.count() > 0 ? 1 : status;
        }
    }

    private int pipedConsole(LaunchOptions options) throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS)) {
            BootErrors bootErrors = new BootErrors(stderr);
            TerminalSession session = open(options, clock, new SecureRandom(), bootErrors);
            // a live pipe: a running command sees only the lines that have already arrived
            ScriptedConsole console = new ScriptedConsole(session, stdout, stderr, () -> {}, false);
            InvalidBytes invalid = new InvalidBytes(stderr, STDIN_NAME);
            int status = console.run(stdinReader(invalid), STDIN_NAME).exitStatus();
            quitRequested = session.quitRequested();
            return bootErrors.count() > 0 || invalid.count() > 0 ? 1 : status;
        }
    }

    private int interactiveConsole(LaunchOptions options) throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS)) {
            // the router boots on the second core while the terminal is set up: the prompt comes sooner
            FutureTask<TerminalSession> boot = new FutureTask<>(
                    () -> open(options, clock, new SecureRandom(), new BootErrors(stderr)));
            Thread booting = new Thread(boot, "router-boot");
            booting.setDaemon(true);
            booting.start();
            try (Terminal terminal = SystemTerminals.open()) {
                TerminalSession session = booted(boot);
                new TerminalConsole(terminal, session).run();
                quitRequested = session.quitRequested();
                return 0;
            }
        }
    }

    private static TerminalSession booted(FutureTask<TerminalSession> boot) throws Exception {
        try {
            return boot.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private TerminalSession open(LaunchOptions options, Scheduler clock, RandomGenerator random,
            BootErrors bootErrors) throws Exception {
        return sessions.open(new RouterSetup(clock, options.startupConfig(), random), bootErrors);
    }

    /** Startup-config lines the router rejected at boot: shown on stderr and counted for the exit status. */
    private static final class BootErrors implements CliOutput {
        private final PrintStream stderr;
        private int lines;

        BootErrors(PrintStream stderr) {
            this.stderr = stderr;
        }

        @Override
        public void print(String text) {
            stderr.print(text);
            lines += (int) text.chars().filter(c -> c == '\n').count();
        }

        int count() {
            return lines;
        }
    }

    private BufferedReader stdinReader(InvalidBytes invalid) {
        return lenientReader(stdin, invalid);
    }

    /** Lines that are not UTF-8 are read byte for character and reported, never fatal. */
    private static BufferedReader lenientReader(InputStream in, InvalidBytes invalid) {
        return new BufferedReader(LenientUtf8.reader(in, invalid::report));
    }

    /** Input lines that were not valid UTF-8: reported as {@code SOURCE:LINE: message} and counted. */
    private static final class InvalidBytes {
        private final PrintStream stderr;
        private final String source;
        private int lines;

        InvalidBytes(PrintStream stderr, String source) {
            this.stderr = stderr;
            this.source = source;
        }

        void report(int lineNumber, String problem) {
            stderr.println(source + ":" + lineNumber + ": " + problem);
            lines++;
        }

        int count() {
            return lines;
        }
    }
}
