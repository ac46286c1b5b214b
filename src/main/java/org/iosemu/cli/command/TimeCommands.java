package org.iosemu.cli.command;

import java.util.Optional;
import org.iosemu.config.ClockZone;
import org.iosemu.config.NtpServer;
import org.iosemu.config.SummerTime;
import org.iosemu.config.SystemServices;
import org.iosemu.grammar.IosParser;

/** `clock timezone`, `clock summer-time ... recurring` and `ntp server`. */
final class TimeCommands {

    private TimeCommands() {}

    static CommandResult clock(IosParser.Gc_clockContext c, CommandEnv env) {
        if (c.clk_timezone() != null) {
            IosParser.Clk_timezoneContext t = c.clk_timezone();
            ClockZone zone = new ClockZone(t.arg_timezone_name().getText(), Args.integer(t.arg_timezone_hours()),
                    t.arg_timezone_minutes() == null ? 0 : Args.integer(t.arg_timezone_minutes()));
            return edit(env, v -> v.withClock(k -> k.withZone(Optional.of(zone))));
        }
        SummerTime summer = new SummerTime(c.clk_summer_time().arg_summer_time_name().getText());
        return edit(env, v -> v.withClock(k -> k.withSummerTime(Optional.of(summer))));
    }

    static CommandResult noClock(IosParser.Gc_clock_noContext c, CommandEnv env) {
        boolean zone = c.TIMEZONE() != null;
        return edit(env, v -> v.withClock(k -> zone ? k.withZone(Optional.empty()) : k.withSummerTime(Optional.empty())));
    }

    static CommandResult ntp(IosParser.Gc_ntpContext c, CommandEnv env) {
        IosParser.Ntp_serverContext s = c.ntp_server();
        NtpServer server = new NtpServer(Args.ip(s.arg_ntp_server()), s.PREFER() != null);
        return edit(env, v -> v.withNtpServer(server));
    }

    /** `no ntp server A.B.C.D` removes the server; options after the address do not matter. */
    static CommandResult noNtp(IosParser.Gc_ntp_noContext c, CommandEnv env) {
        String address = Args.ip(c.ntp_server().arg_ntp_server());
        return edit(env, v -> v.withoutNtpServer(address));
    }

    private static CommandResult edit(CommandEnv env, java.util.function.UnaryOperator<SystemServices> change) {
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(change)));
        return CommandResult.DONE;
    }
}
