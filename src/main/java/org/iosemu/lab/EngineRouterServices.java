package org.iosemu.lab;

import java.util.List;
import java.util.Optional;
import org.iosemu.capture.WiresharkKeys;
import org.iosemu.cli.command.CryptoShowRenderer;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.ConfiguredCryptoShows;
import org.iosemu.cli.session.DebugFlags;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.PingRequest;
import org.iosemu.cli.session.SourceChoice;
import org.iosemu.cli.session.TraceRequest;
import org.iosemu.cli.session.RouterServices;
import org.iosemu.cli.session.EzvpnRequests;
import org.iosemu.cli.session.TcpConnect;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.net.Ipv4Address;

/** The engine-backed EXEC commands of a lab router: crypto show/clear/debug, ping and the `lab` commands. */
public final class EngineRouterServices implements RouterServices {

    private final Router router;
    private final LabControl lab;

    EngineRouterServices(Router router, LabControl lab) {
        this.router = router;
        this.lab = lab;
    }

    @Override
    public void showCrypto(IosParser.Sh_cryptoContext request, RunningConfig config, CliOutput out) {
        // before any display: engine() brings the engine up to date with the config, which may log
        IkeSnapshot snapshot = router.engine().snapshot();
        Optional<List<String>> configured = ConfiguredCryptoShows.lines(request, config);
        if (configured.isPresent()) {
            print(out, configured.get());
            return;
        }
        if (request.shc_isakmp() != null) {
            var i = request.shc_isakmp();
            if (i.shc_isakmp_keys() != null) {
                print(out, WiresharkKeys.lines(router.engine().keyLog())); // hidden: keys for decrypting a capture
            } else if (i.shc_isakmp_sa() != null) {
                print(out, i.shc_isakmp_sa().DETAIL() != null ? IsakmpSaRenderer.detail(snapshot) : IsakmpSaRenderer.brief(snapshot));
            } else {
                print(out, IsakmpSaRenderer.peers(snapshot));
            }
            return;
        }
        if (request.shc_ipsec() != null && request.shc_ipsec().shc_ipsec_client() != null) {
            print(out, EasyVpnShowRenderer.render(router.engine().easyVpnStatus(), config,
                    EzvpnRequests.name(request.shc_ipsec().shc_ipsec_client().arg_ezvpn_name())));
            return;
        }
        if (request.shc_ipsec() != null) {
            Optional<String> peer = Optional.ofNullable(request.shc_ipsec().shc_ipsec_sa().arg_sa_peer_address())
                    .map(p -> org.iosemu.config.Ipv4.canonical(p.getText()));
            Optional<org.iosemu.config.IpsecGlobals> detail = request.shc_ipsec().shc_ipsec_sa().DETAIL() != null
                    ? Optional.of(config.crypto().ipsec()) : Optional.empty();
            List<String> lines = IpsecSaRenderer.render(CryptoBindings.of(config, snapshot), snapshot, peer, detail);
            if (lines.isEmpty()) {
                out.print("No SAs found\n");
            } else {
                print(out, lines);
                out.print("\n");
            }
            return;
        }
        if (request.shc_engine() != null) {
            String host = config.system().hostname();
            CryptoEngineQueue engine = router.cryptoEngine();
            if (request.shc_engine().QOS() != null) {
                print(out, org.iosemu.cli.session.CryptoEngineText.qos(engine.show(config.qos().priorityPolicies())));
                return;
            }
            print(out, request.shc_engine().BRIEF() != null ? org.iosemu.cli.session.CryptoEngineText.brief(host)
                    : org.iosemu.cli.session.CryptoEngineText.configuration(host, engine.stats().bestEffort().depth()));
            return;
        }
        if (request.shc_session() != null) {
            List<CryptoBindings.Binding> bindings = CryptoBindings.of(config, snapshot);
            if (request.shc_session().shc_session_remote() != null) {
                Optional<String> remote = Optional.of(org.iosemu.config.Ipv4.canonical(
                        request.shc_session().shc_session_remote().arg_show_session_remote().getText()));
                bindings = bindings.stream().filter(b -> b.currentPeer().equals(remote)).toList();
            }
            print(out, request.shc_session().DETAIL() != null ? SessionRenderer.detail(bindings, router::ikeUptimeSeconds, router.engine().remoteAccessSessions())
                    : SessionRenderer.brief(bindings, router.engine().remoteAccessSessions()));
            return;
        }
        print(out, CryptoShowRenderer.cryptoMaps(config, (map, seq) -> snapshot.currentPeers().stream()
                .filter(p -> p.mapName().equals(map) && p.seq() == seq).map(p -> p.peer().toString()).findFirst()));
    }

    @Override
    public List<org.iosemu.config.InterfaceConfig> virtualInterfaces() {
        return router.easyVpnInterfaces().interfaces();
    }

    @Override
    public org.iosemu.routing.LineState lineState(org.iosemu.config.InterfaceConfig iface) {
        return router.lineState(iface);
    }

    @Override
    public List<org.iosemu.config.StaticRoute> injectedRoutes(RunningConfig config) {
        return router.injectedRoutes(config);
    }

    @Override
    public void clearCrypto(IosParser.Ex_clearContext request, RunningConfig config, CliOutput out) {
        if (request.clear_crypto_ezvpn() != null) {
            if (!router.engine().easyVpnClear(EzvpnRequests.name(request.clear_crypto_ezvpn().arg_ezvpn_name()))) {
                out.println(EzvpnRequests.NO_TUNNEL);
            }
            return;
        }
        ClearRequest.of(request, router.engine().snapshot()).forEach(c -> router.engine().clear(c.filter(), c.ike(), c.ipsec()));
    }

    @Override
    public DebugFlags debugFlags() {
        return router.debugs();
    }

    @Override
    public void ping(PingRequest request, RunningConfig config, CliOutput out) {
        SourceChoice.check(request.sourceAddress(), request.sourceInterface(), config, out)
                .ifPresent(source -> Ping.run(router, request, source.map(Addresses::net), out));
    }

    @Override
    public void traceroute(TraceRequest request, RunningConfig config, CliOutput out) {
        SourceChoice.check(request.sourceAddress(), request.sourceInterface(), config, out)
                .ifPresent(source -> Traceroute.run(router, request, source.map(Addresses::net), out));
    }

    @Override
    public org.iosemu.cli.session.InterfaceCounters counters(InterfaceName name) {
        return router.ip().counters().of(name, router.time().now());
    }

    @Override
    public org.iosemu.acl.AclCounters aclCounters() {
        return router.features().counters();
    }

    @Override
    public org.iosemu.nat.NatTranslator nat() {
        return router.features().nat();
    }

    @Override
    public long nowMillis() {
        return router.time().now();
    }

    @Override
    public void clearCounters() {
        router.ip().counters().clear();
        router.ip().qos().clear();
    }

    @Override
    public org.iosemu.cli.session.QosClassStats qosStats(String iface, String policy, String className, int match) {
        return router.ip().qos().counters(iface, policy, className, match).stats();
    }

    @Override
    public void reload(org.iosemu.cli.session.IosSession requester, CliOutput out) {
        router.reload(requester, out);
    }

    @Override
    public TcpConnect connect(String address, TcpConnect.Service service, Optional<String> source, CliOutput out) {
        return TcpConnector.open(router, Addresses.net(address), service, source.map(Addresses::net), lab);
    }

    @Override
    public Optional<Dialogue> ezvpn(IosParser.Ex_cryptoContext request, RunningConfig config, CliOutput out) {
        Optional<String> tunnel = EzvpnRequests.name(request);
        var engine = router.engine();
        boolean known = engine.easyVpnStatus().stream().anyMatch(s -> tunnel.isEmpty() || tunnel.get().equals(s.name()));
        if (!known) {
            out.println(EzvpnRequests.NO_TUNNEL);
            return Optional.empty();
        }
        if (request.CONNECT() != null) {
            engine.easyVpnConnect(tunnel);
            return Optional.empty();
        }
        return Optional.of(EasyVpnXauthDialogue.ask(engine, tunnel));
    }

    @Override
    public java.util.OptionalLong cryptoEngineKbps() {
        return router.cryptoEngine().capacity();
    }

    @Override
    public java.util.Map<Long, String> poolLeases(String pool) {
        return router.poolLeases(pool);
    }

    @Override
    public LineOutcome lab(IosParser.Ex_labContext request, CliOutput out) {
        if (request.lab_wait() != null) {
            lab.waitSeconds(Long.parseLong(request.lab_wait().arg_lab_seconds().getText()), out);
        } else if (request.lab_router() != null) {
            lab.power(request.lab_router().arg_lab_router_name().getText(), request.lab_router().UP() != null, out);
        } else if (request.lab_traffic() != null) {
            traffic(request.lab_traffic(), out);
        } else if (request.lab_link() != null) {
            link(request.lab_link(), out);
        } else if (request.lab_engine() != null) {
            var e = request.lab_engine();
            lab.engine(e.arg_lab_router_name().getText(), e.DEFAULT() != null ? java.util.OptionalLong.empty()
                    : java.util.OptionalLong.of(Long.parseLong(e.arg_lab_engine_kbps().getText())), out);
        } else if (request.lab_attach() != null) {
            lab.attach(request.lab_attach().arg_lab_router_name().getText(), out);
        } else if (request.lab_exercise() != null) {
            lab.exercise().briefing(out);
        } else if (request.lab_check() != null) {
            lab.exercise().check(out);
        } else if (request.lab_hint() != null) {
            lab.exercise().hint(Optional.ofNullable(request.lab_hint().arg_lab_task()).map(t -> t.getText()), out);
        } else if (request.lab_reset() != null) {
            lab.exercise().reset(out);
        } else if (request.lab_timeline() != null) {
            lab.timeline(timelineRequest(request.lab_timeline()), out);
        } else {
            lab.show(out);
        }
        return LineOutcome.ACCEPTED;
    }

    private void traffic(IosParser.Lab_trafficContext t, CliOutput out) {
        if (t.lab_traffic_add() != null) {
            var a = t.lab_traffic_add();
            int dscp = 0;
            int size = 200;
            for (IosParser.Lab_flow_optionContext o : a.lab_flow_option()) {
                if (o.arg_lab_flow_dscp() != null) {
                    dscp = Integer.parseInt(o.arg_lab_flow_dscp().getText());
                } else {
                    size = Integer.parseInt(o.arg_lab_flow_size().getText());
                }
            }
            lab.addFlow(a.arg_lab_flow_name().getText(), Ipv4Address.parse(a.arg_lab_flow_source().getText()),
                    Ipv4Address.parse(a.arg_lab_flow_destination().getText()),
                    Long.parseLong(a.arg_lab_flow_kbps().getText()), size, dscp, out);
        } else if (t.DEL() != null) {
            lab.deleteFlow(t.arg_lab_flow_name().getText());
        } else {
            lab.showFlows(out);
        }
    }

    private void link(IosParser.Lab_linkContext l, CliOutput out) {
        String a = l.arg_lab_link_end(0).getText();
        String b = l.arg_lab_link_end(1).getText();
        if (l.DROP() != null) {
            lab.dropNext(a, b, Integer.parseInt(l.arg_lab_drop_count().getText()), out);
            return;
        }
        LinkSettings settings = l.DEFAULT() != null ? LinkSettings.NONE.resetting() : LinkSettings.NONE;
        for (IosParser.Lab_link_settingContext s : l.lab_link_setting()) {
            String word = s.LOSS() != null ? "loss" : s.DELAY() != null ? "delay" : s.BANDWIDTH() != null ? "bandwidth" : "mtu";
            settings = settings.with(word, Long.parseLong(s.getChild(1).getText())).orElseThrow();
        }
        lab.link(a, b, settings, out);
    }

    private static TimelineRequest timelineRequest(IosParser.Lab_timelineContext t) {
        String file = t.arg_timeline_file().getText();
        if (t.arg_timeline_last() != null) {
            return TimelineRequest.last(file, Long.parseLong(t.arg_timeline_last().getText()));
        }
        if (t.arg_timeline_from() != null) {
            return TimelineRequest.between(file, Long.parseLong(t.arg_timeline_from().getText()),
                    Long.parseLong(t.arg_timeline_to().getText()));
        }
        return TimelineRequest.all(file);
    }

    private static void print(CliOutput out, List<String> lines) {
        lines.forEach(out::println);
    }
}
