package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.LineConfig;
import org.iosemu.config.RunningConfig;

/**
 * `show terminal`: the settings of the line the session is on (length, width, history, idle timeout, input
 * transports) and how long it has been active. No real IOS 15.x capture was found; the layout is the
 * classic one of IOS's line display, trimmed to the lines the emulator has values for.
 */
final class TerminalText {

    private TerminalText() {}

    static List<String> render(IosSession session, RunningConfig config, long nowMillis) {
        IosSession.Origin origin = session.origin();
        Optional<LineConfig> line = origin.console() ? config.line(LineConfig.Kind.CON, 0, 0)
                : LineLogin.vtyBlock(config, origin.vtyLine());
        List<String> out = new ArrayList<>();
        int tty = origin.console() ? 0 : 2 + origin.vtyLine();
        out.add("Line " + tty + ", Location: \"\", Type: \"" + (origin.console() ? "" : "VT100") + "\"");
        out.add("Length: " + session.terminalLength() + " lines, Width: " + session.terminalWidth() + " columns");
        out.add("Baud rate (TX/RX) is 9600/9600, no parity, " + (origin.console() ? 1 : 2) + " stopbits, 8 databits");
        out.add("Status: PSI Enabled, Ready, Active, No Exit Banner, Automore On");
        out.add("Capabilities: none");
        out.add("Modem state: Ready");
        out.add("Group codes:    0");
        out.add("Special Chars: Escape  Hold  Stop  Start  Disconnect  Activation");
        out.add("                ^^x    none   -     -       none         ");
        out.add("Timeouts:      Idle EXEC    Idle Session   Modem Answer  Session   Dispatch");
        out.add("               " + idle(line) + "        never                        none     not set");
        out.add("                            Idle Session Disconnect Warning");
        out.add("                              never ");
        out.add("                            Login-sequence User Response");
        out.add("                             00:00:30");
        out.add("                            Autoselect Initial Wait");
        out.add("                              not set ");
        out.add("Modem type is unknown.");
        out.add("Session limit is not set.");
        out.add("Time since activation: " + InterfaceStatus.since(java.util.OptionalLong.of(session.startedMillis()), nowMillis));
        out.add("Editing is enabled.");
        out.add("History is enabled, history size is " + session.historySize() + ".");
        out.add("DNS resolution in show commands is enabled");
        out.add("Full user help is disabled");
        out.add("Allowed input transports are " + inputTransports(origin, line) + ".");
        out.add("Allowed output transports are telnet ssh.");
        out.add("Preferred transport is telnet.");
        out.add("No output characters are padded");
        out.add("No special data dispatching characters");
        return out;
    }

    /** `exec-timeout` as hh:mm:ss (10 minutes when not set), `never` for 0 0. */
    private static String idle(Optional<LineConfig> line) {
        long seconds = line.flatMap(LineConfig::execTimeout).map(t -> t.minutes() * 60L + t.seconds())
                .orElse(LineConfig.DEFAULT_TIMEOUT_MINUTES * 60L);
        if (seconds == 0) {
            return "  never ";
        }
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static String inputTransports(IosSession.Origin origin, Optional<LineConfig> line) {
        if (origin.console()) {
            return "none";
        }
        String configured = line.flatMap(LineConfig::transportInput).orElse("all");
        return configured.equals("all") ? "telnet ssh" : configured;
    }
}
