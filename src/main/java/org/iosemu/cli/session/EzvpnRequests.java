package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.grammar.IosParser;

/** The optional tunnel name of the Easy VPN EXEC commands (`connect`, `xauth`, `clear`, `show`). */
public final class EzvpnRequests {

    private EzvpnRequests() {
    }

    public static Optional<String> name(IosParser.Arg_ezvpn_nameContext name) {
        return Optional.ofNullable(name).map(n -> n.getText());
    }

    /** The name typed after `connect` or `xauth`. */
    public static Optional<String> name(IosParser.Ex_cryptoContext request) {
        return name(request.arg_ezvpn_name());
    }

    /** What IOS answers to an Easy VPN command naming no configured tunnel (inferred). */
    public static final String NO_TUNNEL = "% No Easy VPN tunnel configured";
}
