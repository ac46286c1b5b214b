package org.iosemu.cli.command;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.LineConfig;
import org.iosemu.grammar.IosParser;

/** `line con 0` / `line aux 0` / `line vty A [B]` and the (config-line) sub-mode. */
final class LineCommands {

    /** The emulated platform has one console and vty 0-15 (show run groups them as configured). */
    static final int LAST_VTY = 15;

    private LineCommands() {}

    static CommandResult enter(IosParser.Gc_lineContext c, CommandEnv env) {
        ModeTarget.Lines target;
        if (c.AUX() != null) {
            if (Args.integer(c.arg_line_aux()) != 0) {
                return CommandResult.invalidAt(Args.column(c.arg_line_aux()));
            }
            target = new ModeTarget.Lines(LineConfig.Kind.AUX, 0, 0);
        } else if (c.CONSOLE() != null) {
            if (Args.integer(c.arg_line_console()) != 0) {
                return CommandResult.invalidAt(Args.column(c.arg_line_console()));
            }
            target = new ModeTarget.Lines(LineConfig.Kind.CON, 0, 0);
        } else {
            int first = Args.integer(c.arg_line_vty_first());
            int last = c.arg_line_vty_last() == null ? first : Args.integer(c.arg_line_vty_last());
            if (first > LAST_VTY) {
                return CommandResult.invalidAt(Args.column(c.arg_line_vty_first()));
            }
            if (last > LAST_VTY || last < first) {
                return CommandResult.invalidAt(Args.column(c.arg_line_vty_last()));
            }
            target = new ModeTarget.Lines(LineConfig.Kind.VTY, first, last);
        }
        env.store().apply(rc -> rc.editLines(target.kind(), target.first(), target.last(), l -> l));
        return new CommandResult.Enter(Mode.LINE, target);
    }

    static CommandResult command(IosParser.Line_commandContext c, ModeTarget.Lines t, CommandEnv env) {
        if (c.ln_exec_timeout() != null) {
            var e = c.ln_exec_timeout();
            int minutes = Args.integer(e.arg_exec_timeout_minutes());
            int seconds = e.arg_exec_timeout_seconds() == null ? 0 : Args.integer(e.arg_exec_timeout_seconds());
            Optional<LineConfig.ExecTimeout> timeout = minutes == LineConfig.DEFAULT_TIMEOUT_MINUTES && seconds == 0
                    ? Optional.empty() : Optional.of(new LineConfig.ExecTimeout(minutes, seconds));
            return edit(t, env, l -> l.withExecTimeout(timeout));
        }
        if (c.ln_login() != null) {
            LineConfig.Login login = c.ln_login().LOCAL() != null ? LineConfig.Login.LOCAL : LineConfig.Login.LINE_PASSWORD;
            return edit(t, env, l -> l.withLogin(login));
        }
        if (c.ln_password() != null) {
            var p = SystemCommands.password(c.ln_password().password_value(), env);
            if (p.isEmpty()) {
                return CommandResult.rejected("Invalid encrypted password\n");
            }
            return edit(t, env, l -> l.withPassword(p));
        }
        if (c.ln_privilege() != null) {
            int level = Args.integer(c.ln_privilege().arg_privilege_level());
            return edit(t, env, l -> l.withPrivilege(level == 1 ? Optional.empty() : Optional.of(level)));
        }
        if (c.ln_logging() != null) {
            // The console front end already reprints the prompt and the typed text after an asynchronous
            // log line, which is what `logging synchronous` asks for: stored and shown, nothing else changes.
            return edit(t, env, l -> l.withLoggingSynchronous(true));
        }
        if (c.ln_length() != null) {
            int n = Args.integer(c.ln_length().arg_line_length());
            return edit(t, env, l -> l.withLength(Optional.of(n)));
        }
        if (c.ln_width() != null) {
            int n = Args.integer(c.ln_width().arg_line_width());
            return edit(t, env, l -> l.withWidth(Optional.of(n)));
        }
        if (c.ln_history() != null) {
            int n = Args.integer(c.ln_history().arg_history_size());
            return edit(t, env, l -> l.withHistorySize(Optional.of(n)));
        }
        if (c.ln_stopbits() != null) {
            // no serial line behind it: stored and shown only
            var sb = c.ln_stopbits();
            String bits = sb.NUM_1_5() != null ? "1.5" : sb.NUM_2() != null ? "2" : "1";
            return edit(t, env, l -> l.withStopbits(Optional.of(bits)));
        }
        if (c.ln_transport() != null) {
            var tr = c.ln_transport();
            String value;
            if (tr.ALL() != null) {
                value = "all";
            } else if (tr.NONE() != null) {
                value = "none";
            } else {
                // IOS lists the protocols in its own order, whatever order they were typed in
                boolean ssh = tr.transport_protocol().stream().anyMatch(p -> p.SSH() != null);
                boolean telnet = tr.transport_protocol().stream().anyMatch(p -> p.TELNET() != null);
                value = telnet && ssh ? "telnet ssh" : telnet ? "telnet" : "ssh";
            }
            return edit(t, env, l -> l.withTransportInput(Optional.of(value)));
        }
        return null;
    }

    static CommandResult no(IosParser.Line_noContext c, ModeTarget.Lines t, CommandEnv env) {
        if (c.EXEC_TIMEOUT() != null) {
            // the command reference: the no form "is the same as entering exec-timeout 0" (never time out)
            return edit(t, env, l -> l.withExecTimeout(Optional.of(new LineConfig.ExecTimeout(0, 0))));
        }
        if (c.LOGIN() != null) {
            return edit(t, env, l -> l.withLogin(LineConfig.Login.NONE));
        }
        if (c.PASSWORD() != null) {
            return edit(t, env, l -> l.withPassword(Optional.empty()));
        }
        if (c.PRIVILEGE() != null) {
            return edit(t, env, l -> l.withPrivilege(Optional.empty()));
        }
        if (c.LOGGING() != null) {
            return edit(t, env, l -> l.withLoggingSynchronous(false));
        }
        if (c.LENGTH() != null) {
            return edit(t, env, l -> l.withLength(Optional.empty()));
        }
        if (c.WIDTH() != null) {
            return edit(t, env, l -> l.withWidth(Optional.empty()));
        }
        if (c.HISTORY() != null) {
            return edit(t, env, l -> l.withHistorySize(Optional.empty()));
        }
        if (c.STOPBITS() != null) {
            return edit(t, env, l -> l.withStopbits(Optional.empty()));
        }
        return edit(t, env, l -> l.withTransportInput(Optional.empty()));
    }

    private static CommandResult edit(ModeTarget.Lines t, CommandEnv env, UnaryOperator<LineConfig> change) {
        env.store().apply(rc -> rc.editLines(t.kind(), t.first(), t.last(), change));
        return CommandResult.DONE;
    }
}
