package org.iosemu.lab;

import java.util.List;
import java.util.Optional;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.CryptoShowRenderer;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.RouterServices;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.net.Ipv4Address;

/** The engine-backed EXEC commands of a lab router: crypto show/clear/debug, ping and the `lab` commands. */
public final class EngineRouterServices implements RouterServices {

    private final Router router;
    private final LabControl lab;
    /** Easy VPN is not negotiated by the engine: its commands answer as on a router without a tunnel. */
    private final StandaloneRouterServices ezvpn = new StandaloneRouterServices();

    EngineRouterServices(Router router, LabControl lab) {
        this.router = router;
        this.lab = lab;
    }

    @Override
    public void showCrypto(IosParser.Sh_cryptoContext request, RunningConfig config, CliOutput out) {
        IkeSnapshot snapshot = router.engine().snapshot();
        if (request.shc_isakmp() != null) {
            var i = request.shc_isakmp();
            if (i.shc_isakmp_policy() != null) {
                print(out, CryptoShowRenderer.isakmpPolicy(config));
            } else if (i.shc_isakmp_sa() != null) {
                print(out, i.shc_isakmp_sa().DETAIL() != null ? IsakmpSaRenderer.detail(snapshot) : IsakmpSaRenderer.brief(snapshot));
            } else {
                print(out, IsakmpSaRenderer.peers(snapshot));
            }
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
                var sa = i.shc_ipsec_sa();
                Optional<String> peer = Optional.ofNullable(sa.arg_sa_peer_address())
                        .map(p -> org.iosemu.config.Ipv4.canonical(p.getText()));
                List<String> lines = IpsecSaRenderer.render(CryptoBindings.of(config, snapshot), snapshot, peer);
                if (lines.isEmpty()) {
                    out.print("No SAs found\n");
                } else {
                    print(out, lines);
                    out.print("\n");
                }
            }
            return;
        }
        if (request.shc_session() != null) {
            List<CryptoBindings.Binding> bindings = CryptoBindings.of(config, snapshot);
            print(out, request.shc_session().DETAIL() != null ? SessionRenderer.detail(bindings, router::ikeUptimeSeconds) : SessionRenderer.brief(bindings));
            return;
        }
        print(out, CryptoShowRenderer.cryptoMaps(config, (map, seq) -> snapshot.currentPeers().stream()
                .filter(p -> p.mapName().equals(map) && p.seq() == seq).map(p -> p.peer().toString()).findFirst()));
    }

    @Override
    public void clearCrypto(IosParser.Ex_clearContext request, RunningConfig config, CliOutput out) {
        ClearRequest.of(request, router.engine().snapshot()).forEach(c -> router.engine().clear(c.filter(), c.ike(), c.ipsec()));
    }

    @Override
    public Optional<Dialogue> debug(IosParser.Debug_targetContext target, boolean enable, CliOutput out) {
        if (target.ALL() != null) {
            if (enable) {
                return Optional.of(new DebugAllConfirmation());
            }
            router.debugs().setAll(false);
            out.print("All possible debugging has been turned off\n");
            return Optional.empty();
        }
        DebugFlags.Flag flag = target.ISAKMP() != null ? DebugFlags.Flag.ISAKMP : DebugFlags.Flag.IPSEC;
        router.debugs().set(flag, enable);
        out.print("Crypto " + flag.name() + " debugging is " + (enable ? "on" : "off") + "\n");
        return Optional.empty();
    }

    /** `debug all` warns first, as the standalone router does; only `yes` turns everything on. */
    private final class DebugAllConfirmation implements Dialogue {
        @Override
        public String prompt() {
            return "This may severely impact network performance. Continue? (yes/[no]): ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            String a = line.strip();
            if (a.equalsIgnoreCase("yes") || a.equalsIgnoreCase("y")) {
                router.debugs().setAll(true);
                out.print("All possible debugging has been turned on\n");
            }
            return CommandResult.DONE;
        }
    }

    @Override
    public void showDebugging(CliOutput out) {
        var on = router.debugs().enabled();
        if (on.isEmpty()) {
            return;
        }
        out.print("Cryptographic Subsystem:\n");
        on.forEach(f -> out.print("  Crypto " + f.name() + " debugging is on\n"));
        out.print("\n");
    }

    @Override
    public void ping(IosParser.Ex_pingContext request, RunningConfig config, CliOutput out) {
        Ipv4Address target = Addresses.net(request.arg_ping_target().getText());
        Optional<Ipv4Address> source = Optional.empty();
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
            } else if (o.arg_ping_source_address() != null) {
                Ipv4Address a = Addresses.net(o.arg_ping_source_address().getText());
                if (!router.owns(a)) {
                    out.print("% Invalid source address- IP address not on any of our up interfaces\n");
                    return;
                }
                source = Optional.of(a);
            } else if (o.arg_interface_ref() != null) {
                Optional<Ipv4Address> a = interfaceAddress(config, o.arg_interface_ref());
                if (a.isEmpty()) {
                    out.print("% Invalid source interface - Interface down or has no IP address\n");
                    return;
                }
                source = a;
            }
        }
        Ping.run(router, new Ping.Request(target, source, repeat, size, timeout), out);
    }

    private static Optional<Ipv4Address> interfaceAddress(RunningConfig config, IosParser.Arg_interface_refContext ref) {
        Optional<InterfaceType> type = InterfaceType.fromName(ref.interface_type().getText());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        InterfaceName name = new InterfaceName(type.get(), ref.arg_interface_number().getText());
        return config.iface(name).filter(i -> !i.shutdown()).flatMap(InterfaceConfig::address)
                .map(a -> Addresses.net(a.address()));
    }

    @Override
    public Optional<Dialogue> ezvpn(IosParser.Ex_cryptoContext request, RunningConfig config, CliOutput out) {
        return ezvpn.ezvpn(request, config, out);
    }

    @Override
    public void lab(IosParser.Ex_labContext request, CliOutput out) {
        if (request.lab_wait() != null) {
            lab.waitSeconds(Long.parseLong(request.lab_wait().arg_lab_seconds().getText()), out);
        } else if (request.lab_router() != null) {
            lab.power(request.lab_router().arg_lab_router_name().getText(), request.lab_router().UP() != null, out);
        } else if (request.lab_attach() != null) {
            lab.attach(request.lab_attach().arg_lab_router_name().getText(), out);
        } else {
            lab.show(out);
        }
    }

    private static void print(CliOutput out, List<String> lines) {
        lines.forEach(out::println);
    }
}
