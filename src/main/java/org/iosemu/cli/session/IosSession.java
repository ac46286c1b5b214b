package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.cli.command.CommandEnv;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.ConfigCommands;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.command.ModeTarget;
import org.iosemu.cli.lang.ArgumentRange;
import org.iosemu.cli.lang.CliError;
import org.iosemu.cli.lang.CommandLanguage;
import org.iosemu.cli.lang.Mode;
import org.iosemu.cli.lang.Resolution;
import org.iosemu.config.InterfaceMtu;
import org.iosemu.config.LineConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.render.Platform;

/**
 * One user's CLI on a router: modes and prompts, dialogues, and running each line through the command
 * language into the configuration handlers or the EXEC commands.
 */
public final class IosSession implements TerminalSession, LogBus.Subscriber {

    /** Where the user is connected: the console, or a vty with the client's address. */
    public record Origin(boolean console, int vtyLine, String peerAddress, String user) {
        public static final Origin CONSOLE = new Origin(true, 0, "", "");

        public Origin(boolean console, int vtyLine, String peerAddress) {
            this(console, vtyLine, peerAddress, "");
        }

        /** A vty where {@code user} (empty for a line password) logged in from {@code peerAddress}. */
        public static Origin vty(int line, String peerAddress, String user) {
            return new Origin(false, line, peerAddress, user);
        }

        /** IOS: "console", "vty0 (10.0.0.1)" or "admin on vty0 (10.0.0.1)". */
        String configuredBy() {
            if (console) {
                return "console";
            }
            return (user.isEmpty() ? "" : user + " on ") + "vty" + vtyLine + " (" + peerAddress + ")";
        }
    }

    public static final int DEFAULT_TERMINAL_LENGTH = LineConfig.DEFAULT_LENGTH;

    private final RouterContext router;
    private final Origin origin;
    private final boolean loading;
    private final CommandLanguage language = CommandLanguage.standard();
    private final ModeStack modes = new ModeStack(Mode.USER_EXEC);
    // IOS keeps separate command histories for EXEC and configuration modes
    private final List<String> execHistory = new ArrayList<>();
    private final List<String> configHistory = new ArrayList<>();
    private final ExecCommands exec;
    private final ConnectionCommands connections = new ConnectionCommands(this);
    private final long startedMillis;
    private volatile Consumer<String> asyncSink = line -> { };
    private volatile Dialogue pending;
    /** The last rejected configuration line while the lines indented under it are being skipped. */
    private RejectedBlock rejectedBlock;
    private String greeting = "";
    private int privilegeLevel = 1;
    private volatile long lastInputMillis;
    private int terminalLength = DEFAULT_TERMINAL_LENGTH;
    private int terminalWidth = LineConfig.DEFAULT_WIDTH;
    private int historySize = LineConfig.DEFAULT_HISTORY_SIZE;
    private boolean monitor;
    private boolean open = true;
    /** The console's EXEC ended (`exit`): it shows "Press RETURN to get started." and waits for RETURN. */
    private volatile boolean consoleIdle;
    /** A vty's login dialogue is running: Ctrl-C must not cancel it (that would skip the login). */
    private volatile boolean awaitingLogin;
    /** `lab quit` on the console: the emulator ends. */
    private volatile boolean quitRequested;

    /** A console session. */
    public IosSession(RouterContext router) {
        this(router, Origin.CONSOLE, false);
    }

    public IosSession(RouterContext router, Origin origin) {
        this(router, origin, false);
    }

    /**
     * A vty session whose login a transport already checked (SSH authentication, the telnet login
     * dialog): it starts at {@code privilegeLevel} without asking again.
     */
    public static IosSession authenticated(RouterContext router, Origin origin, int privilegeLevel) {
        return authenticated(router, origin, privilegeLevel, false);
    }

    /**
     * As {@link #authenticated(RouterContext, Origin, int)}; {@code motdShown} when the transport already
     * printed the MOTD before its login (telnet), so the greeting holds only the exec banner.
     */
    public static IosSession authenticated(RouterContext router, Origin origin, int privilegeLevel, boolean motdShown) {
        return new IosSession(router, origin, false, OptionalInt.of(privilegeLevel), motdShown);
    }

    private IosSession(RouterContext router, Origin origin, boolean loading) {
        this(router, origin, loading, OptionalInt.empty(), false);
    }

    private IosSession(RouterContext router, Origin origin, boolean loading, OptionalInt authenticatedLevel,
            boolean motdShown) {
        this.router = router;
        this.origin = origin;
        this.loading = loading;
        this.monitor = origin.console();
        this.exec = new ExecCommands(this);
        this.startedMillis = router.clock().nowMillis();
        if (!loading) {
            startFromLine();
            router.register(this);
            router.logBus().subscribe(this);
            RunningConfig config = router.config().current();
            if (authenticatedLevel.isPresent()) {
                loggedIn(authenticatedLevel.getAsInt());
                greeting = (motdShown ? "" : SessionBanners.motd(config)) + SessionBanners.exec(config);
            } else {
                greeting = origin.console() ? startConsole(config) : startVty(config);
            }
        }
    }

    /**
     * A session starts with its line's `length`, `width` and `history size` (`line con 0` for the
     * console, the vty block for a remote session); `terminal length/width` then change this session only.
     */
    private void startFromLine() {
        lineDefaults(true, true, true);
    }

    /** `terminal no length|width|history size`: the chosen settings back to what the session's line says. */
    void lineDefaults(boolean length, boolean width, boolean history) {
        RunningConfig config = router.config().current();
        Optional<LineConfig> line = origin.console() ? config.line(LineConfig.Kind.CON, 0, 0)
                : LineLogin.vtyBlock(config, origin.vtyLine());
        if (length) {
            terminalLength = line.map(LineConfig::lengthOrDefault).orElse(LineConfig.DEFAULT_LENGTH);
        }
        if (width) {
            terminalWidth = line.map(LineConfig::widthOrDefault).orElse(LineConfig.DEFAULT_WIDTH);
        }
        if (history) {
            setHistorySize(line.map(LineConfig::historySizeOrDefault).orElse(LineConfig.DEFAULT_HISTORY_SIZE));
        }
    }

    /** `terminal history size N`: the commands this session remembers from now on. */
    void setHistorySize(int size) {
        historySize = size;
        for (List<String> history : List.of(execHistory, configHistory)) {
            while (history.size() > historySize) {
                history.remove(0);
            }
        }
    }

    /** `privilege level 15` on the console starts the user in privileged EXEC; the banners come first. */
    private String startConsole(RunningConfig config) {
        config.line(LineConfig.Kind.CON, 0, 0).flatMap(LineConfig::privilegeLevel).ifPresent(this::loggedIn);
        return SessionBanners.motd(config) + SessionBanners.exec(config);
    }

    /**
     * A vty asks for the line password or a local user first (after the MOTD, as IOS shows it before
     * `User Access Verification`), or refuses when no password is set.
     */
    private String startVty(RunningConfig config) {
        Optional<LineConfig> line = LineLogin.vtyBlock(config, origin.vtyLine());
        if (line.isEmpty()) {
            close();
            return "";
        }
        if (line.get().login() == LineConfig.Login.LINE_PASSWORD && line.get().password().isEmpty()) {
            close();
            return "\nPassword required, but none set\n";
        }
        Optional<Dialogue> login = LineLogin.start(this, line.get());
        if (login.isEmpty()) {
            line.get().privilegeLevel().ifPresent(this::loggedIn);
            return SessionBanners.motd(config) + SessionBanners.exec(config);
        }
        pending = login.get();
        awaitingLogin = true;
        return SessionBanners.motd(config) + LineLogin.BANNER;
    }

    /**
     * What a new connection shows before the first prompt: the MOTD and exec banners, and `User Access
     * Verification` on a vty that asks for a login.
     */
    @Override
    public String greeting() {
        return greeting;
    }

    void loggedIn(int level) {
        awaitingLogin = false;
        privilegeLevel = level;
        modes.setExec(level >= 15 ? Mode.PRIV_EXEC : Mode.USER_EXEC);
    }

    /** A privileged, unlisted session that replays stored configuration. */
    static IosSession loader(RouterContext router) {
        IosSession s = new IosSession(router, Origin.CONSOLE, true);
        s.modes.setExec(Mode.PRIV_EXEC);
        return s;
    }

    /** Before each loaded line: questions are cancelled, but a banner's text goes on over several lines. */
    void enterConfigForLoad() {
        if (pending != null && !pending.readsConfigurationText()) {
            pending = null;
        }
        modes.enterConfig();
    }

    // ---- TerminalSession ------------------------------------------------------------------------------

    @Override
    public String prompt() {
        Optional<TerminalSession> remote = connections.foregroundSession();
        if (remote.isPresent()) {
            return remote.get().prompt();
        }
        if (consoleIdle) {
            return "";
        }
        return pending != null ? pending.prompt() : PromptBuilder.prompt(router.hostname(), modes.mode(), modes.target());
    }

    @Override
    public boolean echoesInput() {
        Optional<TerminalSession> remote = connections.foregroundSession();
        if (remote.isPresent()) {
            return remote.get().echoesInput();
        }
        if (consoleIdle) {
            return false;
        }
        return pending == null || pending.echo();
    }

    @Override
    public synchronized LineOutcome submit(String line, CliOutput out) {
        if (!open) {
            return LineOutcome.ACCEPTED;
        }
        lastInputMillis = router.clock().nowMillis();
        if (consoleIdle) {
            startConsoleAgain(out);
            return LineOutcome.ACCEPTED;
        }
        if (pending != null) {
            Dialogue d = pending;
            pending = null;
            return apply(d.answer(line, out), line, "", out);
        }
        Optional<LineOutcome> forwarded = connections.intercept(line, out);
        if (forwarded.isPresent()) {
            return forwarded.get();
        }
        if (rejectedBlock != null && !modes.inConfig()) {
            rejectedBlock = null;   // left configuration another way (Ctrl-C, Ctrl-Z, a reload)
        }
        if (rejectedBlock != null && rejectedBlock.covers(line)) {
            out.print(rejectedBlock.notice());
            return LineOutcome.SKIPPED;
        }
        if (rejectedBlock != null && rejectedBlock.endedBy(line)) {
            rejectedBlock = null;
        }
        boolean configLine = modes.inConfig();
        LineOutcome outcome = runLine(line, out);
        if (configLine && outcome.rejected() && modes.inConfig()) {
            rejectedBlock = RejectedBlock.under(line);
        } else if (!modes.inConfig()) {
            rejectedBlock = null;
        }
        return outcome;
    }

    /**
     * The language where the session is: in interface configuration `ip mtu` takes 68 up to the interface's own
     * MTU, as IOS's `ip mtu ?` shows it (1500 on Ethernet, 17916 on a GRE tunnel, 9000 after `mtu 9000`).
     */
    private CommandLanguage languageHere() {
        if (modes.target() instanceof ModeTarget.Interface editing) {
            return router.config().current().iface(editing.name())
                    .map(i -> language.withRanges(List.of(new ArgumentRange("arg_ip_mtu", InterfaceMtu.MIN_IP,
                            InterfaceMtu.maxIp(i)))))
                    .orElse(language);
        }
        return language;
    }

    private LineOutcome runLine(String line, CliOutput out) {
        String prompt = prompt();
        Mode mode = modes.mode();
        if (!line.isBlank()) {
            remember(line);
        }
        if (line.strip().startsWith("!") || (mode.isConfig() && Platform.isFixedLine(line))) {
            return LineOutcome.ACCEPTED; // comments, and lines that restate the fixed platform
        }
        Resolution r = languageHere().resolve(mode, line);
        if (modes.inSubMode() && modes.parentMode() != Mode.CONFIG && !(r instanceof Resolution.Parsed)
                && !(r instanceof Resolution.Blank)
                && language.resolve(modes.parentMode(), line) instanceof Resolution.Parsed parent) {
            // a command of the enclosing sub-mode (`class X` typed in a policy-map's class) moves up to it, as on IOS
            modes.up();
            r = parent;
        }
        if (modes.inSubMode() && !(r instanceof Resolution.Parsed) && !(r instanceof Resolution.Blank)) {
            // a global command leaves the sub-mode, as on IOS; a real one wins over the catalogue's free text,
            // and a not-emulated one counts only where the sub-mode has no such command at all
            Resolution global = language.resolve(Mode.CONFIG, line);
            if (global instanceof Resolution.Parsed
                    || (global instanceof Resolution.NotEmulated && r instanceof Resolution.Failed failed
                        && failed.error() instanceof CliError.InvalidInput)) {
                modes.toConfig();
                r = global;
            }
        }
        if (r instanceof Resolution.Blank) {
            return LineOutcome.ACCEPTED;
        }
        if (r instanceof Resolution.NotEmulated notEmulated) {
            out.print(notEmulated.message() + "\n");
            return LineOutcome.rejected(notEmulated.message());
        }
        if (r instanceof Resolution.Failed failed) {
            return failed(failed.error(), line, prompt, out);
        }
        ParserRuleContext tree = ((Resolution.Parsed) r).tree();
        if (modes.inConfig()) {
            return apply(ConfigCommands.execute(tree, modes.target(), env(out)), line, prompt, out);
        }
        ParserRuleContext command = tree.getChild(ParserRuleContext.class, 0);
        return exec.run(command.getChild(ParserRuleContext.class, 0), line, prompt, out);
    }

    private LineOutcome failed(CliError error, String line, String prompt, CliOutput out) {
        if (!modes.inConfig() && error instanceof CliError.InvalidInput invalid && isSingleUnknownWord(line, invalid)) {
            return exec.unknownCommand(line.strip(), out);
        }
        String text = error.render(prompt);
        out.print(text);
        return LineOutcome.rejected(firstErrorLine(text));
    }

    /** IOS takes a lone unknown word in EXEC for a host name to connect to. */
    private static boolean isSingleUnknownWord(String line, CliError.InvalidInput invalid) {
        String stripped = line.strip();
        return !stripped.contains(" ") && invalid.column() >= line.indexOf(stripped);
    }

    static String firstErrorLine(String text) {
        for (String l : text.split("\n")) {
            if (l.startsWith("%") || (!l.isBlank() && !l.strip().equals("^"))) {
                return l;
            }
        }
        return text.strip();
    }

    CommandEnv env(CliOutput out) {
        return new CommandEnv(router.config(), out, router.logBus(), router.random(), loading,
                router.services().cryptoEngineKbps());
    }

    /** Carries out what a command asked for. */
    LineOutcome apply(CommandResult result, String line, String prompt, CliOutput out) {
        if (result instanceof CommandResult.Enter e) {
            modes.enterSubMode(e.mode(), e.target());
        } else if (result instanceof CommandResult.Exit) {
            if (modes.mode() == Mode.CONFIG) {
                leaveConfig();
            } else if (modes.inConfig()) {
                modes.up();
            } else {
                endExec(out);
            }
        } else if (result instanceof CommandResult.End) {
            leaveConfig();
        } else if (result instanceof CommandResult.Exec x) {
            return exec.run(x.command().getChild(ParserRuleContext.class, 0), line, prompt, out);
        } else if (result instanceof CommandResult.Ask a) {
            pending = a.dialogue();
        } else if (result instanceof CommandResult.Rejected r) {
            String text = r.caretColumn().isPresent()
                    ? new CliError.InvalidInput(r.caretColumn().getAsInt()).render(prompt) : r.message();
            out.print(text);
            return LineOutcome.rejected(firstErrorLine(text));
        }
        return LineOutcome.ACCEPTED;
    }

    /** Starts a dialogue: the next line answers it. */
    LineOutcome ask(Dialogue d) {
        pending = d;
        return LineOutcome.ACCEPTED;
    }

    void enterConfig() {
        modes.enterConfig();
    }

    private void leaveConfig() {
        if (modes.inConfig()) {
            modes.toExec();
            if (!loading) {
                router.logBus().log("%SYS-5-CONFIG_I: Configured from console by " + origin.configuredBy());
            }
        }
    }

    private void remember(String line) {
        List<String> history = modes.inConfig() ? configHistory : execHistory;
        history.add(line);
        while (history.size() > historySize) {
            history.remove(0);
        }
    }

    @Override
    public void help(String lineBeforeQuestionMark, CliOutput out) {
        Optional<TerminalSession> remote = connections.foregroundSession();
        if (remote.isPresent()) {
            remote.get().help(lineBeforeQuestionMark, out);
            return;
        }
        if (pending != null) {
            return;
        }
        out.print(languageHere().help(modes.mode(), lineBeforeQuestionMark).render(prompt()));
    }

    @Override
    public Optional<String> complete(String line) {
        Optional<TerminalSession> remote = connections.foregroundSession();
        if (remote.isPresent()) {
            return remote.get().complete(line);
        }
        return pending != null ? Optional.empty() : languageHere().complete(modes.mode(), line);
    }

    @Override
    public synchronized void endConfiguration(CliOutput out) {
        Optional<TerminalSession> remote = connections.foregroundSession();
        if (remote.isPresent()) {
            remote.get().endConfiguration(out);
            return;
        }
        pending = null;
        rejectedBlock = null;
        leaveConfig();
    }

    @Override
    public int terminalLength() {
        return terminalLength;
    }

    @Override
    public boolean isOpen() {
        return open && !quitRequested;
    }

    @Override
    public void setAsyncSink(Consumer<String> sink) {
        this.asyncSink = sink;
    }

    // ---- LogBus.Subscriber ----------------------------------------------------------------------------

    @Override
    public boolean monitors() {
        return monitor && open;
    }

    /** The console prints only what `logging console` lets through; a vty's `terminal monitor` is not filtered by it. */
    private boolean shows(String line) {
        return !origin.console() || router.config().current().system().services().logging().consoleShows(line);
    }

    @Override
    public void deliver(String line) {
        if (shows(line)) {
            asyncSink.accept(line);
        }
    }

    @Override
    public synchronized boolean escape(CliOutput out) {
        return connections.suspend();
    }

    /** A log line of the far end of the connection in the foreground (its `terminal monitor`). */
    void deliverFromConnection(String line) {
        asyncSink.accept(line);
    }

    // ---- state for the EXEC commands ------------------------------------------------------------------

    RouterContext router() {
        return router;
    }

    Origin origin() {
        return origin;
    }

    ModeStack modes() {
        return modes;
    }

    ConnectionCommands connections() {
        return connections;
    }

    /** The history of the mode family the user is in now (`do show history` shows the configuration one). */
    List<String> history() {
        return List.copyOf(modes.inConfig() ? configHistory : execHistory);
    }

    long startedMillis() {
        return startedMillis;
    }

    /**
     * A key arrived from the user's keyboard (a vty reports every key, typed or pasted, not only whole
     * lines): `show users` counts the idle time from here, as the exec-timeout does.
     */
    public void keyReceived() {
        lastInputMillis = router.clock().nowMillis();
    }

    /** When the user last typed a key or entered a line (the session's start before that): `show users` idle time. */
    long lastInputMillis() {
        return Math.max(lastInputMillis, startedMillis);
    }

    boolean privileged() {
        return modes.execMode() == Mode.PRIV_EXEC;
    }

    void setPrivileged(boolean privileged) {
        loggedIn(privileged ? 15 : 1);
    }

    /** `show privilege`: 15 after `enable`, otherwise the level the user logged in with. */
    int privilegeLevel() {
        return privileged() ? 15 : Math.min(privilegeLevel, 14);
    }

    void setTerminalLength(int lines) {
        terminalLength = lines;
    }

    void setTerminalWidth(int columns) {
        terminalWidth = columns;
    }

    @Override
    public int terminalWidth() {
        return terminalWidth;
    }

    @Override
    public int historySize() {
        return historySize;
    }

    void setMonitor(boolean on) {
        monitor = on;
    }

    /**
     * The router rebooted under this console: open connections are gone, the image banner shows, and the
     * console waits for RETURN before a new EXEC starts (user EXEC, banners, `line con 0` settings), as after
     * `exit` at the console but with the boot's `Press RETURN to get started!`.
     */
    void restartAfterBoot(CliOutput screen) {
        connections.closeAll();
        pending = null;
        privilegeLevel = 1;
        modes.setExec(Mode.USER_EXEC);
        consoleIdle = true;
        screen.print("\n" + String.join("\n", VersionText.IMAGE_BANNER) + "\n\n\nPress RETURN to get started!\n\n");
    }

    /** Text for this session's screen from outside its own commands (a reboot typed elsewhere). */
    void showOnScreen(String text) {
        text.lines().forEach(asyncSink);
    }

    /**
     * `exit` / `logout` in EXEC. A vty session ends (the connection closes); the console, as on IOS, is
     * recycled: "R1 con0 is now available", then it waits for RETURN to start a new EXEC, the router running on.
     */
    void endExec(CliOutput out) {
        if (!origin.console() || loading) {
            close();
            return;
        }
        pending = null;
        connections.closeAll();
        consoleIdle = true;
        out.print("\n" + router.hostname() + " con0 is now available\n" + "\n".repeat(5)
                + "Press RETURN to get started.\n\n");
    }

    /** RETURN on an idle console: a new EXEC, as after a boot (banners, `line con 0` settings, user EXEC). */
    private void startConsoleAgain(CliOutput out) {
        consoleIdle = false;
        privilegeLevel = 1;
        modes.setExec(Mode.USER_EXEC);
        startFromLine();
        out.print(startConsole(router.config().current()));
    }

    /**
     * Ctrl-C at the prompt: the typed line is dropped (the terminal does that), a question is cancelled and
     * configuration mode returns to privileged EXEC, as on IOS. A login question stays: Ctrl-C never skips a login.
     */
    @Override
    public synchronized void interrupt(CliOutput out) {
        Optional<TerminalSession> remote = connections.foregroundSession();
        if (remote.isPresent()) {
            remote.get().interrupt(out); // the far end's prompt gets the key
            return;
        }
        if (!open || consoleIdle || awaitingLogin) {
            return;
        }
        pending = null;
        leaveConfig();
    }

    /** `lab quit`: only the console may end the emulator; a vty user is told so. */
    boolean requestQuit() {
        if (!origin.console() || loading) {
            return false;
        }
        quitRequested = true;
        return true;
    }

    @Override
    public boolean quitRequested() {
        return quitRequested;
    }

    /** The connection went away (or the server stops it): the session ends and leaves `show users`. */
    public void hangUp() {
        close();
    }

    void close() {
        open = false;
        connections.closeAll();
        router.logBus().unsubscribe(this);
        router.unregister(this);
    }
}
