package org.iosemu.cli.session;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.Ipv4;

/**
 * Bare `ping` in privileged EXEC: IOS's extended ping, one question at a time with the default in
 * brackets (Enter takes it), then the ping with those answers. A wrong answer ends the dialogue with IOS's
 * message. In a replay the answers are the next lines.
 */
final class PingDialogue implements Dialogue {

    private enum Step {
        PROTOCOL("Protocol [ip]: "),
        TARGET("Target IP address: "),
        REPEAT("Repeat count [5]: "),
        SIZE("Datagram size [100]: "),
        TIMEOUT("Timeout in seconds [2]: "),
        EXTENDED("Extended commands [n]: "),
        SOURCE("Source address or interface: "),
        TOS("Type of service [0]: "),
        DF_BIT("Set DF bit in IP header? [no]: "),
        VALIDATE("Validate reply data? [no]: "),
        PATTERN("Data pattern [0xABCD]: "),
        OPTIONS(""),
        SOURCE_ROUTE("Source route: "),
        RECORD_HOPS("Number of hops [ 9 ]: "),
        TIMESTAMPS("Number of timestamps [ 9 ]: "),
        SWEEP("Sweep range of sizes [n]: "),
        SWEEP_MIN("Sweep min size [36]: "),
        SWEEP_MAX("Sweep max size [18024]: "),
        SWEEP_INTERVAL("Sweep interval [1]: ");

        final String question;

        Step(String question) {
            this.question = question;
        }
    }

    private static final int MIN_SIZE = 36;
    private static final int MAX_SIZE = 18024;
    /** The IP options in the order IOS lists them; the chosen ones show as their letters. */
    private static final String OPTION_LETTERS = "LSRTV";

    private final BiConsumer<PingRequest, CliOutput> ping;
    private Step step = Step.PROTOCOL;
    private String target;
    private Optional<String> sourceAddress = Optional.empty();
    private Optional<InterfaceName> sourceInterface = Optional.empty();
    private int repeat = PingRequest.DEFAULT_REPEAT;
    private int size = PingRequest.DEFAULT_SIZE;
    private int timeout = PingRequest.DEFAULT_TIMEOUT;
    private int typeOfService;
    private boolean dfBit;
    private boolean validate;
    private int pattern = PingRequest.DEFAULT_PATTERN;
    private String options = "";
    private int sweepMin = MIN_SIZE;
    private int sweepMax = MAX_SIZE;
    private int sweepInterval = 1;
    private boolean sweep;

    private PingDialogue(BiConsumer<PingRequest, CliOutput> ping) {
        this.ping = ping;
    }

    /** @param ping runs the finished request on the router, printing to the output it is given */
    static PingDialogue start(BiConsumer<PingRequest, CliOutput> ping) {
        return new PingDialogue(ping);
    }

    @Override
    public String prompt() {
        if (step == Step.OPTIONS) {
            return "Loose, Strict, Record, Timestamp, Verbose[" + (options.isEmpty() ? "none" : options) + "]: ";
        }
        return step.question;
    }

    @Override
    public CommandResult answer(String line, CliOutput out) {
        String a = line.strip();
        switch (step) {
            case PROTOCOL -> {
                if (!a.isEmpty() && !"ip".startsWith(a.toLowerCase(Locale.ROOT))) {
                    return CommandResult.rejected("% Unknown protocol - \"" + a + "\", type \"ping ?\" for help\n");
                }
                return next(Step.TARGET);
            }
            case TARGET -> {
                if (!Ipv4.isValid(a)) {
                    return CommandResult.rejected("% Unrecognized host or address, or protocol not running.\n");
                }
                target = Ipv4.canonical(a);
                return next(Step.REPEAT);
            }
            case REPEAT -> {
                return number(a, 1, Integer.MAX_VALUE, repeat).map(n -> {
                    repeat = n.intValue();
                    return next(Step.SIZE);
                }).orElseGet(() -> outOfRange(1, Integer.MAX_VALUE));
            }
            case SIZE -> {
                return number(a, MIN_SIZE, MAX_SIZE, size).map(n -> {
                    size = n.intValue();
                    return next(Step.TIMEOUT);
                }).orElseGet(() -> outOfRange(MIN_SIZE, MAX_SIZE));
            }
            case TIMEOUT -> {
                return number(a, 0, 3600, timeout).map(n -> {
                    timeout = n.intValue();
                    return next(Step.EXTENDED);
                }).orElseGet(() -> outOfRange(0, 3600));
            }
            case EXTENDED -> {
                return yesNo(a, false).map(yes -> next(yes ? Step.SOURCE : Step.SWEEP)).orElseGet(PingDialogue::notYesNo);
            }
            case SOURCE -> {
                return source(a);
            }
            case TOS -> {
                return number(a, 0, 255, typeOfService).map(n -> {
                    typeOfService = n.intValue();
                    return next(Step.DF_BIT);
                }).orElseGet(() -> outOfRange(0, 255));
            }
            case DF_BIT -> {
                return yesNo(a, dfBit).map(yes -> {
                    dfBit = yes;
                    return next(Step.VALIDATE);
                }).orElseGet(PingDialogue::notYesNo);
            }
            case VALIDATE -> {
                return yesNo(a, validate).map(yes -> {
                    validate = yes;
                    return next(Step.PATTERN);
                }).orElseGet(PingDialogue::notYesNo);
            }
            case PATTERN -> {
                return pattern(a);
            }
            case OPTIONS -> {
                return option(a, out);
            }
            case SOURCE_ROUTE -> {
                for (String hop : a.split("\\s+")) {
                    if (!hop.isEmpty() && !Ipv4.isValid(hop)) {
                        return CommandResult.rejected("% Invalid source route\n");
                    }
                }
                return next(Step.OPTIONS);
            }
            case RECORD_HOPS, TIMESTAMPS -> {
                return number(a, 1, 9, 9).map(n -> next(Step.OPTIONS)).orElseGet(() -> outOfRange(1, 9));
            }
            case SWEEP -> {
                return yesNo(a, false).map(yes -> {
                    sweep = yes;
                    return yes ? next(Step.SWEEP_MIN) : run(out);
                }).orElseGet(PingDialogue::notYesNo);
            }
            case SWEEP_MIN -> {
                return number(a, MIN_SIZE, MAX_SIZE, sweepMin).map(n -> {
                    sweepMin = n.intValue();
                    return next(Step.SWEEP_MAX);
                }).orElseGet(() -> outOfRange(MIN_SIZE, MAX_SIZE));
            }
            case SWEEP_MAX -> {
                return number(a, sweepMin, MAX_SIZE, sweepMax).map(n -> {
                    sweepMax = n.intValue();
                    return next(Step.SWEEP_INTERVAL);
                }).orElseGet(() -> outOfRange(sweepMin, MAX_SIZE));
            }
            case SWEEP_INTERVAL -> {
                return number(a, 1, MAX_SIZE, sweepInterval).map(n -> {
                    sweepInterval = n.intValue();
                    return run(out);
                }).orElseGet(() -> outOfRange(1, MAX_SIZE));
            }
            default -> throw new IllegalStateException(step.name());
        }
    }

    private CommandResult next(Step s) {
        step = s;
        return new CommandResult.Ask(this);
    }

    private CommandResult run(CliOutput out) {
        int min = sweep ? sweepMin : size;
        int max = sweep ? sweepMax : size;
        ping.accept(new PingRequest(target, sourceAddress, sourceInterface, repeat, min, max, sweepInterval, timeout,
                dfBit, typeOfService, validate, pattern, options.contains("V"), options), out);
        return CommandResult.DONE;
    }

    /** An address, or an interface's full name without spaces (IOS takes no abbreviation here). */
    private CommandResult source(String a) {
        if (a.isEmpty()) {
            return next(Step.TOS);
        }
        if (Ipv4.isValid(a)) {
            sourceAddress = Optional.of(Ipv4.canonical(a));
            return next(Step.TOS);
        }
        Optional<InterfaceName> name = InterfaceName.parse(a).filter(n -> !a.contains(" ")
                && InterfaceType.fromName(a.substring(0, a.length() - n.number().length())).isPresent());
        if (name.isEmpty()) {
            return CommandResult.rejected("% Invalid source. Must use same-VRF IP address or full interface name"
                    + " without spaces (e.g. Serial0/1)\n");
        }
        sourceInterface = name;
        return next(Step.TOS);
    }

    private CommandResult pattern(String a) {
        if (a.isEmpty()) {
            return next(Step.OPTIONS);
        }
        String hex = a.regionMatches(true, 0, "0x", 0, 2) ? a.substring(2) : a;
        if (!hex.matches("[0-9A-Fa-f]{1,4}")) {
            return CommandResult.rejected("% A hexadecimal number between 0x0 and 0xFFFF.\n");
        }
        pattern = Integer.parseInt(hex, 16);
        return next(Step.OPTIONS);
    }

    /** One of Loose, Strict, Record, Timestamp, Verbose (toggled); Enter ends the list. */
    private CommandResult option(String a, CliOutput out) {
        if (a.isEmpty()) {
            return next(Step.SWEEP);
        }
        String lower = a.toLowerCase(Locale.ROOT);
        String[] names = {"loose", "strict", "record", "timestamp", "verbose"};
        for (int i = 0; i < names.length; i++) {
            if (names[i].startsWith(lower)) {
                String letter = String.valueOf(OPTION_LETTERS.charAt(i));
                boolean chosen = options.contains(letter);
                options = chosen ? options.replace(letter, "") : sorted(options + letter);
                if (chosen || i == 4) {
                    return next(Step.OPTIONS);
                }
                return next(i < 2 ? Step.SOURCE_ROUTE : i == 2 ? Step.RECORD_HOPS : Step.TIMESTAMPS);
            }
        }
        out.print("% No such option - \"" + a + "\"");
        return next(Step.OPTIONS); // IOS asks again, on the same line as the complaint
    }

    private static String sorted(String letters) {
        StringBuilder b = new StringBuilder();
        for (char c : OPTION_LETTERS.toCharArray()) {
            if (letters.indexOf(c) >= 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A decimal answer in range; Enter takes {@code current}. Empty when it is not one. */
    private static Optional<Long> number(String a, long min, long max, long current) {
        if (a.isEmpty()) {
            return Optional.of(current);
        }
        if (!a.matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        long n = Long.parseLong(a);
        return n >= min && n <= max ? Optional.of(n) : Optional.empty();
    }

    private static CommandResult outOfRange(long min, long max) {
        return CommandResult.rejected("% A decimal number between " + min + " and " + max + ".\n");
    }

    private static Optional<Boolean> yesNo(String a, boolean current) {
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return Optional.of(current);
        }
        if ("yes".startsWith(lower)) {
            return Optional.of(true);
        }
        return "no".startsWith(lower) ? Optional.of(false) : Optional.empty();
    }

    private static CommandResult notYesNo() {
        return CommandResult.rejected("% Please answer 'yes' or 'no'.\n");
    }
}
