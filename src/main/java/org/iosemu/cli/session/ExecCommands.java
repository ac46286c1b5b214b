package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Confirm;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.command.OutputFilter;
import org.iosemu.cli.lang.CliError;
import org.iosemu.grammar.IosParser;

/** User and privileged EXEC commands: privilege, configuration entry, saving, terminal, show, engine calls. */
final class ExecCommands {

    static final String CONFIG_BANNER = "Enter configuration commands, one per line.  End with CNTL/Z.\n";
    static final String QUIT_ONLY_ON_CONSOLE = "% Lab: lab quit ends the emulator; only its console may (not IOS)\n";

    private final IosSession session;
    private final ShowCommands show;
    private final SaveCommands saves;
    private final EnableCommand enable;

    ExecCommands(IosSession session) {
        this.session = session;
        this.show = new ShowCommands(session);
        this.saves = new SaveCommands(session);
        this.enable = new EnableCommand(session);
    }

    private RouterContext router() {
        return session.router();
    }

    /** Runs one EXEC command (the single child of user_exec_command / priv_exec_command). */
    LineOutcome run(ParserRuleContext c, String line, String prompt, CliOutput out) {
        if (c instanceof IosParser.Ex_enableContext) {
            return enable.run(out);
        }
        if (c instanceof IosParser.Ex_disableContext) {
            session.setPrivileged(false);
            return LineOutcome.ACCEPTED;
        }
        if (c instanceof IosParser.Ex_exitContext || c instanceof IosParser.Ex_logoutContext) {
            session.endExec(out);
            return LineOutcome.ACCEPTED;
        }
        if (c instanceof IosParser.Ex_telnetContext t) {
            java.util.Optional<org.iosemu.config.InterfaceName> source = java.util.Optional.ofNullable(t.telnet_source())
                    .map(IosParser.Telnet_sourceContext::arg_interface_ref)
                    .flatMap(ref -> org.iosemu.config.InterfaceType.fromName(ref.interface_type().getText())
                            .map(type -> new org.iosemu.config.InterfaceName(type, ref.arg_interface_number().getText())));
            return session.connections().telnet(t.arg_telnet_host().getText(), source, out);
        }
        if (c instanceof IosParser.Ex_sshContext ssh) {
            return session.connections().ssh(ssh.arg_ssh_user().getText(), ssh.arg_ssh_host().getText(), out);
        }
        if (c instanceof IosParser.Ex_resumeContext r) {
            return session.connections().resume(connectionNumber(r.arg_connection_number()), out);
        }
        if (c instanceof IosParser.Ex_resume_numberContext n) {
            return unknownCommand(n.arg_exec_resume_session().getText(), out);   // resumes it when open
        }
        if (c instanceof IosParser.Ex_disconnectContext d) {
            return session.connections().disconnect(connectionNumber(d.arg_connection_number()), out);
        }
        if (c instanceof IosParser.Ex_reloadContext) {
            return ask(new ReloadCommand(session, saves).start());
        }
        if (c instanceof IosParser.Ex_labContext lab && lab.lab_quit() != null) {
            if (session.requestQuit()) {
                return LineOutcome.ACCEPTED;
            }
            out.print(QUIT_ONLY_ON_CONSOLE);
            return LineOutcome.rejected(QUIT_ONLY_ON_CONSOLE.strip());
        }
        if (c instanceof IosParser.Ex_configureContext conf) {
            if (conf.TERMINAL() != null) {
                out.print(CONFIG_BANNER);
                session.enterConfig();
                return LineOutcome.ACCEPTED;
            }
            return ask(new ConfigureSource());
        }
        if (c instanceof IosParser.Ex_writeContext w) {
            if (w.TERMINAL() != null) {
                show.runningConfig(out);
                return LineOutcome.ACCEPTED;
            }
            if (w.ERASE() != null) {
                return ask(saves.eraseConfirmation());
            }
            saves.save(out);
            return LineOutcome.ACCEPTED;
        }
        if (c instanceof IosParser.Ex_copyContext copy) {
            return saves.copy(copy, out);
        }
        if (c instanceof IosParser.Ex_terminalContext t) {
            return terminal(t, out);
        }
        if (c instanceof IosParser.Ex_showContext s) {
            return filtered(s.output_filter(), prompt, out, buffer -> show.show(s.show_target(), prompt, buffer));
        }
        if (c instanceof IosParser.Ex_show_userContext s) {
            return filtered(s.output_filter(), prompt, out, buffer -> show.showUser(s.show_user_target(), prompt, buffer));
        }
        RouterServices services = router().services();
        var config = router().config().current();
        java.util.Optional<Dialogue> question = java.util.Optional.empty();
        if (c instanceof IosParser.Ex_pingContext p) {
            services.ping(PingRequest.of(p), config, out);
        } else if (c instanceof IosParser.Ex_ping_dialogueContext) {
            return ask(PingDialogue.start((request, o) -> services.ping(request, router().config().current(), o)));
        } else if (c instanceof IosParser.Ex_tracerouteContext t) {
            services.traceroute(TraceRequest.of(t), config, out);
        } else if (c instanceof IosParser.Ex_debugContext d) {
            question = services.debug(d.debug_target(), true, out);
        } else if (c instanceof IosParser.Ex_undebugContext d) {
            question = services.debug(d.debug_target(), false, out);
        } else if (c instanceof IosParser.Ex_noContext d) {
            question = services.debug(d.debug_target(), false, out);
        } else if (c instanceof IosParser.Ex_clearContext cl && cl.clear_logging() != null) {
            return ask(new Confirm("Clear logging buffer [confirm]", o -> {
                router().logHistory().clear();
                return CommandResult.DONE;
            }));
        } else if (c instanceof IosParser.Ex_clearContext cl && cl.clear_counters() != null) {
            return ask(new Confirm("Clear \"show interface\" counters on all interfaces [confirm]", o -> {
                router().clearCounters();
                router().logBus().log("%CLEAR-5-COUNTERS: Clear counter on all interfaces by " + session.origin().configuredBy());
                return CommandResult.DONE;
            }));
        } else if (c instanceof IosParser.Ex_clearContext cl && (cl.clear_access_list() != null || cl.clear_ip() != null)) {
            PacketFeatureShows.clear(cl, services);
        } else if (c instanceof IosParser.Ex_clearContext cl) {
            services.clearCrypto(cl, config, out);
        } else if (c instanceof IosParser.Ex_cryptoContext cr) {
            question = services.ezvpn(cr, config, out);
        } else if (c instanceof IosParser.Ex_labContext lab) {
            return services.lab(lab, out);
        } else if (c instanceof IosParser.Ex_monitorContext m) {
            CaptureCommands.run(router().captures(), m, out);
        } else {
            out.print(org.iosemu.cli.command.ConfigCommands.NOT_MODELLED);
            return LineOutcome.rejected(org.iosemu.cli.command.ConfigCommands.NOT_MODELLED.strip());
        }
        return question.map(this::ask).orElse(LineOutcome.ACCEPTED);
    }

    private static java.util.OptionalInt connectionNumber(IosParser.Arg_connection_numberContext n) {
        return n == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(n.getText()));
    }

    /**
     * A lone unknown word: the number or name of an open connection resumes it; otherwise IOS tries it as a
     * host to telnet to.
     */
    LineOutcome unknownCommand(String word, CliOutput out) {
        java.util.Optional<LineOutcome> resumed = session.connections().resumeByWord(word, out);
        if (resumed.isPresent()) {
            return resumed.get();
        }
        if (org.iosemu.config.Ipv4.isValid(word)) {
            return session.connections().telnet(word, out);
        }
        // IOSv 15.6's answer (../shared/reference/ios/samples/exec/exec_unknown_word.real.txt): the name is
        // tried twice, with domain lookup the first try's server line echoed once more, then both errors
        boolean lookup = router().config().current().system().domainLookup();
        String translating = "Translating \"" + word + "\"" + (lookup ? "...domain server (255.255.255.255)" : "") + "\n";
        out.print(translating);
        out.print(lookup ? " (255.255.255.255)\n" : "\n");
        out.print(translating);
        out.print("\n% Bad IP address or host name\n");
        String message = "% Unknown command or computer name, or unable to find computer address";
        out.print(message + "\n");
        return LineOutcome.rejected(message);
    }

    private LineOutcome ask(Dialogue d) {
        return session.ask(d);
    }

    // ---- configure ------------------------------------------------------------------------------------

    /** Plain `configure` asks where from. */
    private final class ConfigureSource implements Dialogue {
        @Override
        public String prompt() {
            return "Configuring from terminal, memory, or network [terminal]? ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            String a = line.strip().toLowerCase(java.util.Locale.ROOT);
            if (a.isEmpty() || "terminal".startsWith(a)) {
                out.print(CONFIG_BANNER);
                session.enterConfig();
                return CommandResult.DONE;
            }
            if ("memory".startsWith(a)) {
                saves.mergeStartup(out);
                return CommandResult.DONE;
            }
            if ("network".startsWith(a)) {
                return CommandResult.rejected("%Error opening tftp://255.255.255.255/router-confg (Timed out)\n");
            }
            return CommandResult.rejected("?Must be \"terminal\", \"memory\" or \"network\"\n");
        }
    }

    // ---- terminal -------------------------------------------------------------------------------------

    private LineOutcome terminal(IosParser.Ex_terminalContext t, CliOutput out) {
        if (t.term_length() != null) {
            session.setTerminalLength(Integer.parseInt(t.term_length().arg_terminal_length().getText()));
        } else if (t.term_width() != null) {
            session.setTerminalWidth(Integer.parseInt(t.term_width().arg_terminal_width().getText()));
        } else if (t.term_monitor() != null) {
            if (session.origin().console()) {
                out.print("% Console already monitors\n");
            } else {
                session.setMonitor(true);
            }
        } else if (t.term_history() != null) {
            if (t.term_history().arg_terminal_history_size() != null) {
                session.setHistorySize(Integer.parseInt(t.term_history().arg_terminal_history_size().getText()));
            }
        } else if (t.term_no().MONITOR() != null) {
            if (!session.origin().console()) {
                session.setMonitor(false);
            }
        } else {
            session.lineDefaults(t.term_no().LENGTH() != null, t.term_no().WIDTH() != null, t.term_no().HISTORY() != null);
        }
        return LineOutcome.ACCEPTED;
    }

    // ---- output filters -------------------------------------------------------------------------------

    private LineOutcome filtered(IosParser.Output_filterContext filter, String prompt, CliOutput out,
                                 java.util.function.Consumer<CliOutput> command) {
        if (filter == null) {
            command.accept(out);
            return LineOutcome.ACCEPTED;
        }
        Pattern regex;
        var regexArg = filter.arg_filter_regex();
        try {
            regex = Pattern.compile(regexArg == null ? "" : regexArg.getText());
        } catch (PatternSyntaxException e) {
            String text = new CliError.InvalidInput(regexArg.getStart().getCharPositionInLine()).render(prompt);
            out.print(text);
            return LineOutcome.rejected("% Invalid input detected at '^' marker.");
        }
        OutputFilter.Kind kind = filter.COUNT() != null ? OutputFilter.Kind.COUNT
                : OutputFilter.Kind.valueOf(filter.filter_kind().getText().toUpperCase(java.util.Locale.ROOT));
        StringBuilder buffer = new StringBuilder();
        command.accept(buffer::append);
        List<String> lines = new ArrayList<>(List.of(buffer.toString().split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        new OutputFilter(kind, regex).apply(lines).forEach(out::println);
        return LineOutcome.ACCEPTED;
    }
}
