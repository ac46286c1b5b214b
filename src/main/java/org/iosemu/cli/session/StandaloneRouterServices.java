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
        if (request.shc_ipsec() != null && request.shc_ipsec().shc_ipsec_client() != null) {
            print(out, CryptoShowRenderer.ezvpnStatus(config, EzvpnRequests.name(request.shc_ipsec().shc_ipsec_client().arg_ezvpn_name())));
            return;
        }
        if (request.shc_ipsec() != null) {
            ipsecSa(config, out);
            return;
        }
        if (request.shc_engine() != null) {
            String host = config.system().hostname();
            if (request.shc_engine().QOS() != null) {
                print(out, CryptoEngineText.qos(CryptoEngineText.EngineQos.idle(config.qos().priorityPolicies())));
                return;
            }
            print(out, request.shc_engine().BRIEF() != null ? CryptoEngineText.brief(host) : CryptoEngineText.configuration(host));
            return;
        }
        if (request.shc_session() != null) {
            print(out, CryptoFlows.sessionsDown(config, Optional.ofNullable(request.shc_session().shc_session_remote())
                    .map(r -> Ipv4.canonical(r.arg_show_session_remote().getText()))));
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

    /** Only the router's own addresses answer; every other echo times out. */
    @Override
    public void ping(PingRequest request, RunningConfig config, CliOutput out) {
        Optional<Optional<String>> source = SourceChoice.check(request.sourceAddress(), request.sourceInterface(),
                config, out);
        if (source.isEmpty()) {
            return;
        }
        boolean own = owns(config, request.target());
        PingReport report = new PingReport(request, out);
        report.header(source.get());
        for (long i = 0; i < request.echoes(); i++) {
            if (own) {
                report.replied(i, 1);
            } else {
                report.timedOut(i);
            }
            if (out.interrupted()) {
                break;
            }
        }
        report.finish();
    }

    /** An own address is reached at the first hop; nothing else answers. */
    @Override
    public void traceroute(TraceRequest request, RunningConfig config, CliOutput out) {
        if (SourceChoice.check(request.sourceAddress(), request.sourceInterface(), config, out).isEmpty()) {
            return;
        }
        boolean own = owns(config, request.target());
        TraceReport report = new TraceReport(out);
        report.header(request.target());
        boolean stopped = false;
        for (int ttl = request.minTtl(); ttl <= request.maxTtl() && !stopped; ttl++) {
            report.hop(ttl);
            for (int probe = 0; probe < request.probes() && !stopped; probe++) {
                if (own) {
                    report.answered(request.target(), 0);
                } else {
                    report.lost();
                }
                stopped = out.interrupted();
            }
            stopped |= own;
        }
        report.endLine();
    }

    private static boolean owns(RunningConfig config, String address) {
        return config.interfaces().stream().filter(i -> !i.shutdown())
                .anyMatch(i -> i.address().filter(a -> a.address().equals(address)).isPresent()
                        || i.secondaries().stream().anyMatch(a -> a.address().equals(address)));
    }

    @Override
    public Optional<Dialogue> ezvpn(IosParser.Ex_cryptoContext request, RunningConfig config, CliOutput out) {
        Optional<String> tunnel = EzvpnRequests.name(request);
        if (config.crypto().ezvpnClients().stream().noneMatch(e -> tunnel.isEmpty() || tunnel.get().equals(e.name()))) {
            out.println(EzvpnRequests.NO_TUNNEL);
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
