package org.iosemu.cli.command;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.config.BufferedLogging;
import org.iosemu.config.LoggingSettings;
import org.iosemu.config.Severity;
import org.iosemu.grammar.IosLexer;
import org.iosemu.grammar.IosParser;

/** `logging A.B.C.D`, `logging host A.B.C.D`, `logging buffered [SIZE] [LEVEL]`, `logging console [LEVEL]`. */
final class LoggingCommands {

    private LoggingCommands() {}

    static CommandResult logging(IosParser.Gc_loggingContext c, CommandEnv env) {
        if (c.arg_logging_host() != null) {
            String host = Args.ip(c.arg_logging_host());
            return edit(env, l -> l.withHost(host));
        }
        if (c.lg_console() != null) {
            Severity level = level(c.lg_console().logging_level()).orElse(Severity.DEBUGGING);
            return edit(env, l -> l.withConsole(Optional.of(level)));
        }
        BufferedLogging buffered = buffered(c.lg_buffered(), env.config().system().services().logging().buffered());
        return edit(env, l -> l.withBuffered(Optional.of(buffered)));
    }

    static CommandResult noLogging(IosParser.Gc_logging_noContext c, CommandEnv env) {
        if (c.arg_logging_host() != null) {
            String host = Args.ip(c.arg_logging_host());
            return edit(env, l -> l.withoutHost(host));
        }
        if (c.lg_console() != null) {
            return edit(env, l -> l.withConsole(Optional.empty()));
        }
        return edit(env, l -> l.withBuffered(Optional.empty()));
    }

    /**
     * A lone number up to 7 is a level, a larger one the size; what the command leaves out keeps its
     * current value, as IOS does (`logging buffered 16384` after `logging buffered warnings` keeps warnings).
     */
    private static BufferedLogging buffered(IosParser.Lg_bufferedContext b, Optional<BufferedLogging> current) {
        BufferedLogging base = current.orElse(BufferedLogging.DEFAULT);
        if (b.arg_logging_severity() != null) {
            return new BufferedLogging(base.size(), Severity.ofLevel(Args.integer(b.arg_logging_severity())));
        }
        if (b.arg_logging_buffer_size() != null) {
            return new BufferedLogging(Args.integer(b.arg_logging_buffer_size()), level(b.logging_level()).orElse(base.level()));
        }
        if (b.logging_level_name() != null) {
            return new BufferedLogging(base.size(), name(b.logging_level_name()));
        }
        return base;
    }

    private static Optional<Severity> level(IosParser.Logging_levelContext l) {
        if (l == null) {
            return Optional.empty();
        }
        return Optional.of(l.arg_logging_severity() != null ? Severity.ofLevel(Args.integer(l.arg_logging_severity()))
                : name(l.logging_level_name()));
    }

    private static Severity name(IosParser.Logging_level_nameContext n) {
        // the token's symbolic name is the level's (WARNINGS), whatever abbreviation was typed
        return Severity.valueOf(IosLexer.VOCABULARY.getSymbolicName(n.getStart().getType()));
    }

    private static CommandResult edit(CommandEnv env, UnaryOperator<LoggingSettings> change) {
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withLogging(change))));
        return CommandResult.DONE;
    }
}
