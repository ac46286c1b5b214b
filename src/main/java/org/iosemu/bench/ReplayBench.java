package org.iosemu.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.iosemu.app.IosSessions;
import org.iosemu.app.RouterSetup;
import org.iosemu.app.SessionFactory;
import org.iosemu.cli.lang.CommandLanguage;
import org.iosemu.cli.session.TerminalSession;
import org.iosemu.cli.terminal.ScriptedConsole;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;

/**
 * Replay throughput and startup time:
 * {@code java -cp target/iosemu.jar org.iosemu.bench.ReplayBench [--lines N] [--runs R] [--startup-runs K]}.
 * Replays a generated crypto configuration through a router session exactly as `--replay` does (output
 * discarded), times the command-language stage alone over the same lines, and times fresh processes to
 * their first prompt. Figures are printed, not asserted.
 */
public final class ReplayBench {

    private static final String PROMPT = "Router>";

    private ReplayBench() {}

    public static void main(String[] args) throws Exception {
        int lineCount = intOption(args, "--lines", 100_000);
        int runs = Math.max(1, intOption(args, "--runs", 3));
        int startupRuns = intOption(args, "--startup-runs", 5);

        List<ConfigGenerator.Line> config = ConfigGenerator.lines(lineCount);
        String script = script(config);
        int scriptLines = config.size() + 3;
        System.out.printf(Locale.ROOT, "config: %,d lines (enable, configure terminal, %,d config lines, end)%n",
                scriptLines, config.size());

        SessionFactory sessions = IosSessions.factory();
        List<Double> replay = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            replay.add(replayOnce(sessions, script, scriptLines, run == 0));
        }
        report("replay through a session", replay);

        CommandLanguage language = CommandLanguage.standard();
        List<Double> resolve = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (ConfigGenerator.Line line : config) {
                language.resolve(line.mode(), line.text());
            }
            resolve.add(perSecond(config.size(), System.nanoTime() - start));
        }
        report("language stage alone (CommandLanguage.resolve: split, resolve, parse)", resolve);

        if (startupRuns > 0) {
            firstPrompt(startupRuns);
        }
    }

    private static double replayOnce(SessionFactory sessions, String script, int scriptLines, boolean showErrors)
            throws Exception {
        TerminalSession session = sessions.open(new RouterSetup(
                new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(), new SplittableRandom(1)),
                System.err::print);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream screen = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        ScriptedConsole console = new ScriptedConsole(session, screen, new PrintStream(errors, true,
                StandardCharsets.UTF_8), () -> {});
        long start = System.nanoTime();
        ScriptedConsole.Result result = console.run(new BufferedReader(new StringReader(script)), "bench");
        long elapsed = System.nanoTime() - start;
        if (result.lines() != scriptLines) {
            throw new IllegalStateException("the session stopped after " + result.lines() + " lines");
        }
        if (showErrors && result.rejected() > 0) {
            System.out.printf("  %d lines rejected; first ones:%n", result.rejected());
            errors.toString(StandardCharsets.UTF_8).lines().limit(5).forEach(l -> System.out.println("    " + l));
        }
        return perSecond(scriptLines, elapsed);
    }

    private static void firstPrompt(int runs) throws Exception {
        Optional<Path> jar = ownJar();
        if (jar.isEmpty()) {
            System.out.println("first prompt: skipped (run from the jar to measure it)");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path archive = jar.get().resolveSibling("iosemu.jsa");
        boolean pty = onPath("script");
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of(java, "-jar", jar.get().toString()));
        if (Files.exists(archive)) {
            commands.add(List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", jar.get().toString()));
        }
        for (List<String> command : commands) {
            String label = String.join(" ", command.subList(1, command.size()));
            long piped = FirstPrompt.median(command, PROMPT, false, runs);
            System.out.printf(Locale.ROOT, "first prompt, stdin a pipe,     median of %d: %4d ms  (%s)%n", runs,
                    piped, label);
            if (pty) {
                long terminal = FirstPrompt.median(command, PROMPT, true, runs);
                System.out.printf(Locale.ROOT, "first prompt, on a terminal,    median of %d: %4d ms  (%s)%n", runs,
                        terminal, label);
            }
        }
    }

    private static String script(List<ConfigGenerator.Line> config) {
        StringBuilder text = new StringBuilder(config.size() * 40);
        text.append("enable\nconfigure terminal\n");
        config.forEach(line -> text.append(line.text()).append('\n'));
        return text.append("end\n").toString();
    }

    private static void report(String stage, List<Double> linesPerSecond) {
        double best = linesPerSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "%s: first run %,.0f lines/s, best of %d runs %,.0f lines/s%n", stage,
                linesPerSecond.get(0), linesPerSecond.size(), best);
    }

    private static double perSecond(int lines, long nanos) {
        return lines / (nanos / 1e9);
    }

    private static Optional<Path> ownJar() throws Exception {
        Path location = Path.of(ReplayBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
