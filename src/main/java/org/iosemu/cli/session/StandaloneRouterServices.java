package org.iosemu.cli.session;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.iosemu.cli.command.CommandResult;
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

    /** Debug categories this image knows. */
    enum DebugFlag { ISAKMP, IPSEC }

    private final Set<DebugFlag> debugs = EnumSet.noneOf(DebugFlag.class);

    @Override
    public void showCrypto(IosParser.Sh_cryptoContext request, RunningConfig config, CliOutput out) {
        if (request.shc_isakmp() != null) {
            var i = request.shc_isakmp();
            if (i.shc_isakmp_policy() != null) {
                print(out, CryptoShowRenderer.isakmpPolicy(config));
            } else if (i.shc_isakmp_sa() != null) {
                if (i.shc_isakmp_sa().DETAIL() != null) {
                    out.print("Codes: C - IKE configuration mode, D - Dead Peer Detection\n"
                            + "       K - Keepalives, N - NAT-traversal\n"
                            + "       T - cTCP encapsulation, X - IKE Extended Authentication\n"
                            + "       psk - Preshared key, rsig - RSA signature\n"
                            + "       renc - RSA encryption\n"
                            + "IPv4 Crypto ISAKMP SA\n\n"
                            + "C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n"
                            + "IPv6 Crypto ISAKMP SA\n\n");
                } else {
                    out.print("IPv4 Crypto ISAKMP SA\n"
                            + "dst             src             state          conn-id status\n\n"
                            + "IPv6 Crypto ISAKMP SA\n\n");
                }
            }
            // `show crypto isakmp peers` with no peers prints nothing
            return;
        }
        if (request.shc_ipsec() != null) {
            var i = request.shc_ipsec();
            if (i.shc_ipsec_transform_set() != null) {
                print(out, CryptoShowRenderer.transformSets(config,
                        Optional.ofNullable(i.shc_ipsec_transform_set().arg_transform_set_name()).map(n -> n.getText())));
            } else if (i.shc_ipsec_client() != null) {
                print(out, CryptoShowRenderer.ezvpnStatus(config));
            } else {
                ipsecSa(config, out);
            }
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
    public synchronized Optional<Dialogue> debug(IosParser.Debug_targetContext target, boolean enable, CliOutput out) {
        if (target.ALL() != null) {
            if (enable) {
                return Optional.of(new DebugAllConfirmation());
            }
            debugs.clear();
            out.print("All possible debugging has been turned off\n");
            return Optional.empty();
        }
        DebugFlag flag = target.ISAKMP() != null ? DebugFlag.ISAKMP : DebugFlag.IPSEC;
        if (enable) {
            debugs.add(flag);
        } else {
            debugs.remove(flag);
        }
        out.print("Crypto " + flag.name() + " debugging is " + (enable ? "on" : "off") + "\n");
        return Optional.empty();
    }

    /** `debug all` warns first; only `yes` turns everything on. */
    private final class DebugAllConfirmation implements Dialogue {
        @Override
        public String prompt() {
            return "This may severely impact network performance. Continue? (yes/[no]): ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            if (line.strip().equalsIgnoreCase("yes") || line.strip().equalsIgnoreCase("y")) {
                synchronized (StandaloneRouterServices.this) {
                    debugs.addAll(EnumSet.allOf(DebugFlag.class));
                }
                out.print("All possible debugging has been turned on\n");
            }
            return CommandResult.DONE;
        }
    }

    @Override
    public synchronized void showDebugging(CliOutput out) {
        if (debugs.isEmpty()) {
            return;
        }
        out.print("Cryptographic Subsystem:\n");
        for (DebugFlag f : debugs) {
            out.print("  Crypto " + f.name() + " debugging is on\n");
        }
        out.print("\n");
    }

    @Override
    public void ping(IosParser.Ex_pingContext request, RunningConfig config, CliOutput out) {
        String target = Ipv4.canonical(request.arg_ping_target().getText());
        int repeat = 5;
        int size = 100;
        int timeout = 2;
        for (IosParser.Ping_optionContext o : request.ping_option()) {
            if (o.arg_ping_repeat() != null) {
                repeat = Integer.parseInt(o.arg_ping_repeat().getText());
            } else if (o.arg_ping_size() != null) {
                size = Integer.parseInt(o.arg_ping_size().getText());
            } else if (o.arg_ping_timeout() != null) {
                timeout = Integer.parseInt(o.arg_ping_timeout().getText());
            }
        }
        boolean own = config.interfaces().stream().filter(i -> !i.shutdown())
                .anyMatch(i -> i.address().filter(a -> a.address().equals(target)).isPresent()
                        || i.secondaries().stream().anyMatch(a -> a.address().equals(target)));
        out.print("Type escape sequence to abort.\n");
        out.print("Sending " + repeat + ", " + size + "-byte ICMP Echos to " + target + ", timeout is " + timeout
                + " seconds:\n");
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
    public void lab(IosParser.Ex_labContext request, CliOutput out) {
        out.print("% lab commands need the lab runner (iosemu lab)\n");
    }

    private static void print(CliOutput out, java.util.List<String> lines) {
        lines.forEach(out::println);
    }
}
