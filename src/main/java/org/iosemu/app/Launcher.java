package org.iosemu.app;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
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

    static final String DEFAULT_HOSTNAME = "Router";
    static final String STDIN_NAME = "<stdin>";

    private final SessionFactory sessions;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final BooleanSupplier interactive;

    /** @param interactive whether standard input and output are a terminal */
    public Launcher(SessionFactory sessions, InputStream stdin, PrintStream stdout, PrintStream stderr,
            BooleanSupplier interactive) {
        this.sessions = sessions;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.interactive = interactive;
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
        TerminalSession session = open(options, clock);
        boolean fromStdin = source.equals(LaunchOptions.STDIN);
        try (BufferedReader input = fromStdin ? stdinReader()
                : Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
            // zero-delay tasks (change events and the log lines they cause) run before the next line
            ScriptedConsole console = new ScriptedConsole(session, stdout, stderr, () -> clock.advance(0));
            return console.run(input, fromStdin ? STDIN_NAME : source).exitStatus();
        }
    }

    private int pipedConsole(LaunchOptions options) throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS)) {
            TerminalSession session = open(options, clock);
            ScriptedConsole console = new ScriptedConsole(session, stdout, stderr, () -> {});
            return console.run(stdinReader(), STDIN_NAME).exitStatus();
        }
    }

    private int interactiveConsole(LaunchOptions options) throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
                Terminal terminal = SystemTerminals.open()) {
            TerminalSession session = open(options, clock);
            new TerminalConsole(terminal, session).run();
            return 0;
        }
    }

    private TerminalSession open(LaunchOptions options, Scheduler clock) throws Exception {
        return sessions.open(new RouterSetup(DEFAULT_HOSTNAME, clock, options.startupConfig()));
    }

    private BufferedReader stdinReader() {
        return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }
}
