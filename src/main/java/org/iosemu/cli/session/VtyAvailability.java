package org.iosemu.cli.session;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.iosemu.config.LineConfig;
import org.iosemu.config.RunningConfig;

/**
 * Whether a router takes a new vty connection: the lowest vty line that no session holds and whose
 * `transport input` lets the service in (SSH also needs the router's RSA keys), as IOS picks it.
 */
public final class VtyAvailability {

    /** IOS's vty ceiling on the emulated platform. */
    private static final int MAX_VTY_LINES = 16;

    private VtyAvailability() {}

    /** The line a connection for {@code service} would get; empty when IOS refuses it. */
    public static OptionalInt freeLine(RouterContext router, TcpConnect.Service service) {
        RunningConfig config = router.config().current();
        if (service == TcpConnect.Service.SSH && config.crypto().rsaKeys().isEmpty()) {
            return OptionalInt.empty();
        }
        Set<Integer> busy = new HashSet<>();
        for (IosSession s : router.sessions()) {
            if (!s.origin().console()) {
                busy.add(s.origin().vtyLine());
            }
        }
        int lines = Math.min(MAX_VTY_LINES, config.vtyLineCount());
        for (int vty = 0; vty < lines; vty++) {
            if (!busy.contains(vty)) {
                return allows(config, vty, service) ? OptionalInt.of(vty) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** `transport input`: absent or `all` lets both in, `none` nobody, otherwise the listed protocols. */
    private static boolean allows(RunningConfig config, int vty, TcpConnect.Service service) {
        return LineLogin.vtyBlock(config, vty).flatMap(LineConfig::transportInput).map(t -> {
            List<String> words = Arrays.asList(t.toLowerCase(Locale.ROOT).split("\\s+"));
            return words.contains("all") || words.contains(service.transport());
        }).orElse(true);
    }
}
