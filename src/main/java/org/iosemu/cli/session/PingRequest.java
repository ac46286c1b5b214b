package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.Ipv4;
import org.iosemu.grammar.IosParser;

/**
 * What a `ping` asks for, from the one-line form or the extended dialogue, with IOS's defaults. Sizes sweep
 * from {@code minSize} to {@code maxSize} in steps of {@code sizeStep} (one size when they are equal); each
 * size is sent {@code repeat} times, so the echo count may exceed an int.
 *
 * @param sourceAddress a source address the user typed (checked by the router against its interfaces)
 * @param sourceInterface a source interface the user named
 * @param options the Loose/Strict/Record/Timestamp letters chosen (shown by the dialogue; see README)
 */
public record PingRequest(String target, Optional<String> sourceAddress, Optional<InterfaceName> sourceInterface,
                          int repeat, int minSize, int maxSize, int sizeStep, int timeoutSeconds, boolean dfBit,
                          int typeOfService, boolean validateReply, int dataPattern, boolean verbose, String options) {

    public static final int DEFAULT_REPEAT = 5;
    public static final int DEFAULT_SIZE = 100;
    public static final int DEFAULT_TIMEOUT = 2;
    public static final int DEFAULT_PATTERN = 0xabcd;

    /** A plain ping of {@code target} with every default. */
    public static PingRequest to(String target) {
        return new PingRequest(target, Optional.empty(), Optional.empty(), DEFAULT_REPEAT, DEFAULT_SIZE, DEFAULT_SIZE,
                1, DEFAULT_TIMEOUT, false, 0, false, DEFAULT_PATTERN, false, "");
    }

    /** `ping A.B.C.D [repeat N] [size N] [timeout N] [tos N] [df-bit] [source IF|A.B.C.D]`. */
    public static PingRequest of(IosParser.Ex_pingContext request) {
        PingCounts counts = PingCounts.of(request);
        Optional<String> address = Optional.empty();
        Optional<InterfaceName> iface = Optional.empty();
        int tos = 0;
        boolean df = false;
        for (IosParser.Ping_optionContext o : request.ping_option()) {
            if (o.DF_BIT() != null) {
                df = true;
            } else if (o.arg_ping_tos() != null) {
                tos = Integer.parseInt(o.arg_ping_tos().getText());
            } else if (o.arg_ping_source_address() != null) {
                address = Optional.of(Ipv4.canonical(o.arg_ping_source_address().getText()));
                iface = Optional.empty();
            } else if (o.arg_interface_ref() != null) {
                iface = interfaceName(o.arg_interface_ref());
                address = Optional.empty();
            }
        }
        return new PingRequest(Ipv4.canonical(request.arg_ping_target().getText()), address, iface, counts.repeat(),
                counts.size(), counts.size(), 1, counts.timeoutSeconds(), df, tos, false, DEFAULT_PATTERN, false, "");
    }

    /** The interface an `arg_interface_ref` names (its type already expanded by the resolver). */
    public static Optional<InterfaceName> interfaceName(IosParser.Arg_interface_refContext ref) {
        Optional<InterfaceType> type = InterfaceType.fromName(ref.interface_type().getText());
        try {
            return type.map(t -> new InterfaceName(t, ref.arg_interface_number().getText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean sweeps() {
        return maxSize != minSize;
    }

    /** How many sizes one round of the sweep sends. */
    public long sizesPerRound() {
        return sweeps() ? (maxSize - minSize) / sizeStep + 1 : 1;
    }

    /** Every echo the ping sends. */
    public long echoes() {
        return repeat * sizesPerRound();
    }

    /** The datagram size of echo number {@code index} (0-based): the sweep advances with every echo. */
    public int sizeOf(long index) {
        return (int) (minSize + (index % sizesPerRound()) * sizeStep);
    }

    /** `100` or, for a sweep, `[980..1010]`, as the Sending line shows the size. */
    public String sizeText() {
        return sweeps() ? "[" + minSize + ".." + maxSize + "]" : String.valueOf(minSize);
    }

    public PingRequest withSource(Optional<String> address, Optional<InterfaceName> iface) {
        return new PingRequest(target, address, iface, repeat, minSize, maxSize, sizeStep, timeoutSeconds, dfBit,
                typeOfService, validateReply, dataPattern, verbose, options);
    }
}
