package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.LoggingSettings;

/** `show logging` in the IOS 15.1 layout: each destination's state and count, then the buffer's lines. */
final class LoggingText {

    private LoggingText() {}

    static List<String> render(LoggingSettings settings, LogHistory history) {
        LogHistory.Counts counts = history.counts();
        List<String> out = new ArrayList<>();
        out.add("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, 0 overruns, "
                + "xml disabled, filtering disabled)");
        out.add("");
        out.add("No Active Message Discriminator.");
        out.add("");
        out.add("");
        out.add("");
        out.add("No Inactive Message Discriminator.");
        out.add("");
        out.add("");
        out.add(settings.console().map(level -> "    Console logging: level " + level.keyword() + ", "
                + counts.console() + " messages logged, xml disabled,").orElse("    Console logging: disabled"));
        if (settings.console().isPresent()) {
            out.add("                     filtering disabled");
        }
        out.add("    Monitor logging: level debugging, " + counts.monitor() + " messages logged, xml disabled,");
        out.add("                     filtering disabled");
        out.add(settings.buffered().map(b -> "    Buffer logging:  level " + b.level().keyword() + ", "
                + counts.buffer() + " messages logged, xml disabled,")
                .orElse("    Buffer logging:  disabled, xml disabled,"));
        out.add("                    filtering disabled");
        out.add("    Exception Logging: size (4096 bytes)");
        out.add("    Count and timestamp logging messages: disabled");
        out.add("    Persistent logging: disabled");
        out.add("");
        out.add("No active filter modules.");
        out.add("");
        out.add("    Trap logging: level " + LogHistory.TRAP_LEVEL.keyword() + ", " + counts.trap() + " message lines logged");
        for (String host : settings.hosts()) {
            out.add("        Logging to " + host + "  (udp port 514, audit disabled,");
            out.add("              link up),");
            out.add("              " + counts.trap() + " message lines logged, ");
            out.add("              0 message lines rate-limited, ");
            out.add("              0 message lines dropped-by-MD, ");
            out.add("              xml disabled, sequence number disabled");
            out.add("              filtering disabled");
        }
        out.add("        Logging Source-Interface:       VRF Name:");
        settings.buffered().ifPresent(b -> {
            out.add("");
            out.add("Log Buffer (" + b.size() + " bytes):");
            out.add("");
            out.addAll(history.buffered());
        });
        return out;
    }
}
