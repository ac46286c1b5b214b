package org.iosemu.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the command line into {@link LaunchOptions}. Each option is one table entry, so the lab and
 * remote-access options (--lab, --ssh-port, --telnet-port, --udp) slot in beside the existing ones.
 */
public final class OptionsParser {

    /** A malformed command line; the message is meant for the user. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = String.join("\n",
            "usage: java -jar iosemu.jar [--lab DIR | --config FILE] [--replay FILE|-]",
            "                            [--udp NAME=ADDR]... [--ssh-port N] [--telnet-port N]",
            "",
            "  (options, no --lab)  one router named Router, empty unless --config gives it",
            "                   a startup-config",
            "  (stdin not a terminal, no --replay)  its lines are fed as typed (like --replay -,",
            "                   but on the real-time clock)",
            "  --config FILE    startup-config: loaded at start, written by `write memory`",
            "                   (without it the router starts empty and saves in memory only)",
            "  --replay FILE    feed FILE (- = standard input) as typed lines on virtual time;",
            "                   prints the console transcript, reports rejected lines on stderr",
            "                   as FILE:LINE: message and exits 1 if there were any",
            "  --help           this text",
            "") + LabLaunch.USAGE + org.iosemu.exercise.HeadlessGrading.USAGE + UdpLaunch.USAGE + org.iosemu.access.AccessOptions.USAGE;

    private static final Map<String, BiFunction<LaunchOptions, String, LaunchOptions>> WITH_VALUE =
            new LinkedHashMap<>();
    private static final Map<String, java.util.function.UnaryOperator<LaunchOptions>> FLAGS =
            new LinkedHashMap<>();

    static {
        WITH_VALUE.put("--config", (options, value) -> options.withStartupConfig(Path.of(value)));
        WITH_VALUE.put("--replay", LaunchOptions::withReplay);
        FLAGS.put("--help", LaunchOptions::withHelp);
        FLAGS.put("-h", LaunchOptions::withHelp);
    }

    private OptionsParser() {}

    public static LaunchOptions parse(List<String> args) throws UsageException {
        LaunchOptions options = LaunchOptions.defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            if (FLAGS.containsKey(name) && inlineValue == null) {
                options = FLAGS.get(name).apply(options);
            } else if (WITH_VALUE.containsKey(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (value.isEmpty()) {
                    throw new UsageException(name + " needs a value");
                }
                options = WITH_VALUE.get(name).apply(options, value);
            } else {
                throw new UsageException("unknown option: " + arg);
            }
        }
        return options;
    }
}
