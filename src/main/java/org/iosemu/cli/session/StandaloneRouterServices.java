package org.iosemu.cli.session;

import java.util.List;
import java.util.Optional;
import org.iosemu.cli.command.CryptoFlows;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.command.CryptoShowRenderer;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.Ipv4;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;

/**
 * The engine-side commands as a router with crypto configured but no peer ever answering: empty SA
 * tables, debug flags that switch on and off, pings that only reach the router's own addresses.
 */
public final class StandaloneRouterServices implements RouterServices {

    private final DebugFlags debugs = new DebugFlags();

    @Override
    public void showCrypto(IosParser.Sh_cryptoContext request, RunningConfig config, CliOutput out) {
        Optional<List<String>> configured = ConfiguredCryptoShows.lines(request, config);
        if (configured.isPresent()) {
            print(out, configured.get());
            return;
        }
        if (request.shc_isakmp() != null) {
            var sa = request.shc_isakmp().shc_isakmp_sa();
            if (sa != null && sa.DETAIL() != null) {
                out.print("Codes: C - IKE configuration mode, D - Dead Peer Detection\n"
                        + "       K - Keepalives, N - NAT-traversal\n"
                        + "       T - cTCP encapsulation, X - IKE Extended Authentication\n"
                        + "       psk - Preshared key, rsig - RSA signature\n"
                        + "       renc - RSA encryption\n"
                        + "IPv4 Crypto ISAKMP SA\n\n"
                        + "C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n"
                        + "IPv6 Crypto ISAKMP SA\n\n");
            } else if (sa != null) {
                out.print("IPv4 Crypto ISAKMP SA\n"
                        + "dst             src             state          conn-id status\n\n"
                        + "IPv6 Crypto ISAKMP SA\n\n");
            }
            // `show crypto isakmp peers` with no peers prints nothing
            return;
        }
        if (request.shc_ipsec() != null) {
            ipsecSa(config, out);
            return;
        }
        if (request.shc_session() != null) {
            print(out, CryptoFlows.sessionsDown(config));
            return;
        }
        print(out, CryptoShowRenderer.cryptoMaps(config));
    }

    /** No SA is ever negotiated, so every crypto interface shows its flows with empty SA lists. */
    private static void ipsecSa(RunningConfig config, CliOutput out) {
        boolean any = false;
        for (InterfaceConfig i : config.interfaces()) {
            if (i.cryptoMap().isPresent()) {
                any = true;
                print(out, CryptoFlows.ipsecSaWithoutSas(config, i));
            }
        }
        out.print(any ? "\n" : "No SAs found\n");
    }

    @Override
    public void clearCrypto(IosParser.Ex_clearContext request, RunningConfig config, CliOutput out) {
        // nothing to tear down: IOS prints nothing on success
    }

    @Override
    public DebugFlags debugFlags() {
        return debugs;
    }

    @Override
    public void ping(IosParser.Ex_pingContext request, RunningConfig config, CliOutput out) {
        String target = Ipv4.canonical(request.arg_ping_target().getText());
        PingCounts counts = PingCounts.of(request);
        int repeat = counts.repeat();
        boolean own = config.interfaces().stream().filter(i -> !i.shutdown())
                .anyMatch(i -> i.address().filter(a -> a.address().equals(target)).isPresent()
                        || i.secondaries().stream().anyMatch(a -> a.address().equals(target)));
        out.print("Type escape sequence to abort.\n");
        out.print("Sending " + repeat + ", " + counts.size() + "-byte ICMP Echos to " + target + ", timeout is "
                + counts.timeoutSeconds() + " seconds:\n");
        out.print((own ? "!" : ".").repeat(repeat) + "\n");
        out.print("Success rate is " + (own ? 100 : 0) + " percent (" + (own ? repeat : 0) + "/" + repeat + ")"
                + (own ? ", round-trip min/avg/max = 1/1/4 ms" : "") + "\n");
    }

    @Override
    public Optional<Dialogue> ezvpn(IosParser.Ex_cryptoContext request, RunningConfig config, CliOutput out) {
        if (config.crypto().ezvpnClients().isEmpty()) {
            out.print("% No Easy VPN tunnel configured\n");
        }
        return Optional.empty();
    }

    @Override
    public LineOutcome lab(IosParser.Ex_labContext request, CliOutput out) {
        // an emulator command, not IOS's: rejected, so a replay reports the line and exits 1
        out.print(NO_LAB + "\n");
        return LineOutcome.rejected(NO_LAB);
    }

    /** What `lab ...` says on a router started without `--lab`. */
    public static final String NO_LAB = "% lab commands need a lab: start iosemu with --lab DIR";

    private static void print(CliOutput out, List<String> lines) {
        lines.forEach(out::println);
    }
}
