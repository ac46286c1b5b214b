package org.iosemu.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.cli.session.IosSession;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.udp.HeadlessRouter;

/**
 * `--udp NAME=A.B.C.D`: one router whose IKE speaks real UDP 500/4500 on that address (same engine as in a
 * lab, only the transport differs), for interop with real peers, e.g. strongSwan in a network namespace.
 *
 * @param address the address to bind; empty when the option was not given
 * @param remaining the other arguments
 */
public record UdpLaunch(Optional<Ipv4> address, List<String> remaining) {

    public static final String USAGE = String.join("\n",
            "  --udp NAME=ADDR  one router whose IKE binds UDP 500 and 4500 on ADDR (real peers; root);",
            "                   ping/ESP with them as UDP-encapsulated ESP",
            "");

    public static UdpLaunch parse(List<String> args) throws OptionsParser.UsageException {
        List<String> rest = new ArrayList<>();
        Optional<Ipv4> address = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--udp") || a.startsWith("--udp=")) {
                String value = a.startsWith("--udp=") ? a.substring(6) : i + 1 < args.size() ? args.get(++i) : "";
                int eq = value.indexOf('=');
                try {
                    address = Optional.of(Ipv4.parse(eq >= 0 ? value.substring(eq + 1) : value));
                } catch (IllegalArgumentException e) {
                    throw new OptionsParser.UsageException("--udp needs NAME=A.B.C.D, got '" + value + "'");
                }
            } else {
                rest.add(a);
            }
        }
        return new UdpLaunch(address, rest);
    }

    /** Boots the router on real UDP (real time) and opens its console. */
    public SessionFactory factory() {
        return (setup, bootErrors) -> new IosSession(HeadlessRouter.start(address.orElseThrow(), setup.startupConfig(), bootErrors).context());
    }
}
