package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.cli.lang.CliError;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.Ipv4;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.render.IosClockFormat;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.grammar.IosParser;
import org.iosemu.routing.Prefix;
import org.iosemu.routing.Rib;
import org.iosemu.routing.Route;

/** The `show` commands answered from the configuration and the session; crypto goes to the services. */
final class ShowCommands {

    private final IosSession session;

    ShowCommands(IosSession session) {
        this.session = session;
    }

    private RouterContext router() {
        return session.router();
    }

    void show(IosParser.Show_targetContext t, String prompt, CliOutput out) {
        RunningConfig config = router().config().current();
        if (t.sh_running_config() != null) {
            var ref = t.sh_running_config().arg_interface_ref();
            if (ref == null) {
                runningConfig(out);
            } else {
                existing(config, ref, prompt, out)
                        .ifPresent(i -> RunningConfigRenderer.showInterface(i, config.qos()).forEach(out::println));
            }
        } else if (t.sh_startup_config() != null) {
            var stored = router().startupConfig().read();
            if (stored.isEmpty()) {
                out.print("startup-config is not present\n");
            } else {
                RunningConfigRenderer.showStartup(stored.get()).forEach(out::println);
            }
        } else if (t.sh_crypto() != null) {
            router().services().showCrypto(t.sh_crypto(), config, out);
        } else if (t.sh_class_map() != null) {
            PolicyMapText.classMaps(config.qos(), Optional.ofNullable(t.sh_class_map().arg_class_map_name())
                    .map(a -> a.getText())).forEach(out::println);
        } else if (t.sh_policy_map() != null) {
            showPolicyMap(t.sh_policy_map(), config, prompt, out);
        } else if (t.sh_monitor() != null) {
            router().captures().bufferBrief(t.sh_monitor().arg_capture_name().getText()).forEach(out::println);
        } else if (t.sh_debugging() != null) {
            router().services().showDebugging(out);
        } else if (t.sh_logging() != null) {
            LoggingText.render(config.system().services().logging(), router().logHistory()).forEach(out::println);
        } else {
            showUser(t.show_user_target(), prompt, out);
        }
    }

    /** `show policy-map [NAME]` (configuration) or `show policy-map interface [IF]` (counters). */
    private void showPolicyMap(IosParser.Sh_policy_mapContext p, RunningConfig config, String prompt, CliOutput out) {
        if (p.INTERFACE() == null) {
            PolicyMapText.policyMaps(config.qos(), Optional.ofNullable(p.arg_policy_map_name()).map(a -> a.getText()))
                    .forEach(out::println);
            return;
        }
        existing(config, p.arg_interface_ref(), prompt, out).ifPresent(i -> {
            String name = i.name().canonical();
            PolicyMapText.interfacePolicy(config.qos(), name,
                    (policy, cls, match) -> router().services().qosStats(name, policy, cls, match)).forEach(out::println);
        });
    }

    /** The configured interfaces, then those the router created itself (Easy VPN's Loopback10000, NVI0). */
    private java.util.List<InterfaceConfig> allInterfaces(RunningConfig config) {
        java.util.List<InterfaceConfig> all = new java.util.ArrayList<>(config.interfaces());
        all.addAll(router().services().virtualInterfaces());
        return all;
    }

    /** The named interface, or IOS's caret under the name when the router has no such interface. */
    private Optional<InterfaceConfig> existing(RunningConfig config, IosParser.Arg_interface_refContext ref,
                                               String prompt, CliOutput out) {
        Optional<InterfaceConfig> found = InterfaceType.fromName(ref.interface_type().getText())
                .map(type -> new InterfaceName(type, ref.arg_interface_number().getText()))
                .flatMap(name -> config.iface(name).or(() -> router().services().virtualInterfaces().stream()
                        .filter(v -> v.name().equals(name)).findFirst()));
        if (found.isEmpty()) {
            out.print(new CliError.InvalidInput(ref.getStart().getCharPositionInLine()).render(prompt));
        }
        return found;
    }

    /** `show ip route [A.B.C.D [MASK] | connected | static]`. */
    private static java.util.List<String> showIpRoute(Rib rib, IosParser.Sh_ip_routeContext view) {
        if (view == null) {
            return RouteTableText.render(rib);
        }
        if (view.STATIC() != null) {
            return RouteTableText.render(rib, r -> r.source() == Route.Source.STATIC);
        }
        if (view.CONNECTED() != null) {
            return RouteTableText.render(rib, r -> r.source() != Route.Source.STATIC);
        }
        int address = Prefix.bits(Ipv4.canonical(view.arg_show_route_address().getText()));
        Optional<Integer> length = Optional.ofNullable(view.arg_show_route_mask())
                .map(m -> Integer.bitCount(Prefix.bits(Ipv4.canonical(m.getText()))));
        return RouteTableText.entry(rib, address, length);
    }

    /** What user EXEC may show; privileged EXEC shows it the same way. */
    void showUser(IosParser.Show_user_targetContext t, String prompt, CliOutput out) {
        RunningConfig config = router().config().current();
        if (t.sh_access_lists() != null) {
            PacketFeatureShows.accessLists(config, t.sh_access_lists(), router().services().aclCounters(), out);
        } else if (t.sh_ip() != null && t.sh_ip().sh_access_lists() != null) {
            PacketFeatureShows.accessLists(config, t.sh_ip().sh_access_lists(), router().services().aclCounters(), out);
        } else if (t.sh_ip() != null && t.sh_ip().sh_ip_nat() != null) {
            PacketFeatureShows.nat(config, t.sh_ip().sh_ip_nat(), router().services(), out);
        } else if (t.sh_route_map() != null) {
            PacketFeatureShows.routeMaps(config, t.sh_route_map(), out);
        } else if (t.sh_ip() != null && t.sh_ip().shi_local_pool() != null) {
            var pool = Optional.ofNullable(t.sh_ip().shi_local_pool().arg_show_local_pool()).map(p -> p.getText());
            LocalPoolText.render(config, pool, router().services()::poolLeases).forEach(out::println);
        } else if (t.sh_ip() != null && t.sh_ip().ROUTE() != null) {
            Rib rib = Rib.of(config, router().services().injectedRoutes(config),
                    i -> router().services().lineState(i).protocolUp(), router().services().virtualInterfaces());
            var mask = Optional.ofNullable(t.sh_ip().sh_ip_route()).map(IosParser.Sh_ip_routeContext::arg_show_route_mask);
            if (mask.isPresent() && !Ipv4.isContiguousMask(Ipv4.canonical(mask.get().getText()))) {
                // a mask with holes names no prefix: IOS's caret under it, as `ip route` has
                out.print(new CliError.InvalidInput(mask.get().getStart().getCharPositionInLine()).render(prompt));
            } else {
                showIpRoute(rib, t.sh_ip().sh_ip_route()).forEach(out::println);
            }
        } else if (t.sh_ip() != null && t.sh_ip().BRIEF() != null) {
            ipInterfaceBrief(config, router().bootConfig(), out);
        } else if (t.sh_ip() != null && t.sh_ip().arg_interface_ref() != null) {
            existing(config, t.sh_ip().arg_interface_ref(), prompt, out)
                    .ifPresent(i -> IpInterfaceText.render(i, router().services().lineState(i), router().bootConfig()).forEach(out::println));
        } else if (t.sh_ip() != null) {
            allInterfaces(config).forEach(i -> IpInterfaceText.render(i, router().services().lineState(i), router().bootConfig()).forEach(out::println));
        } else if (t.sh_interfaces() != null && t.sh_interfaces().DESCRIPTION() != null) {
            var ref = t.sh_interfaces().arg_interface_ref();
            java.util.List<InterfaceConfig> shown = ref == null ? allInterfaces(config)
                    : existing(config, ref, prompt, out).map(java.util.List::of).orElse(java.util.List.of());
            if (ref == null || !shown.isEmpty()) {
                interfaceDescriptions(shown, out);
            }
        } else if (t.sh_interfaces() != null) {
            var ref = t.sh_interfaces().arg_interface_ref();
            if (ref == null) {
                allInterfaces(config).forEach(i -> interfaceDetails(i, out));
            } else {
                existing(config, ref, prompt, out).ifPresent(i -> interfaceDetails(i, out));
            }
        } else if (t.sh_line() != null) {
            java.util.Set<Integer> busy = router().sessions().stream().map(s -> LineUses.tty(s.origin()))
                    .collect(java.util.stream.Collectors.toSet());
            LineTableText.render(config.vtyLineCount(), busy, router().lineUses()).forEach(out::println);
        } else if (t.sh_clock() != null) {
            clock(out);
            if (t.sh_clock().DETAIL() != null) {
                out.print("Time source is hardware calendar\n");
            }
        } else if (t.sh_terminal() != null) {
            TerminalText.render(session, config, router().clock().nowMillis()).forEach(out::println);
        } else if (t.sh_history() != null) {
            history(out);
        } else if (t.sh_privilege() != null) {
            privilege(out);
        } else if (t.sh_sessions() != null) {
            session.connections().showSessions(out);
        } else if (t.sh_users() != null) {
            users(out);
        } else {
            VersionText.render(router(), config).forEach(out::println);
        }
    }

    private void interfaceDetails(InterfaceConfig i, CliOutput out) {
        InterfaceStatus.details(i, router().config().current(), router().services().lineState(i), router().services().counters(i.name()), router().countersClearedAt(),
                router().clock().nowMillis(), out);
    }

    void runningConfig(CliOutput out) {
        RunningConfigRenderer.showRunning(router().config().current(), router().configTimes()).forEach(out::println);
    }

    private void clock(CliOutput out) {
        out.print("*" + IosClockFormat.millis(router().clock().nowMillis(),
                router().config().current().system().services().clock()) + "\n");
    }

    private void history(CliOutput out) {
        session.history().forEach(h -> out.print("  " + h + "\n"));
    }

    private void privilege(CliOutput out) {
        out.print("Current privilege level is " + session.privilegeLevel() + "\n");
    }

    /** hh:mm:ss since the session's last input. */
    private static String idle(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Columns as IOS prints them: Line at 0, User at 15, Host(s) at 26, Idle at 47, Location one blank after the idle time. */
    private void users(CliOutput out) {
        out.print("    Line       User       Host(s)              Idle       Location\n");
        for (IosSession s : router().sessions()) {
            String line = (s == session ? "*" : " ") + (s.origin().console() ? "  0 con 0"
                    : String.format("%3d vty %d", 2 + s.origin().vtyLine(), s.origin().vtyLine()));
            out.print(String.format("%-15s%-11s%-21s%s %s", line, s.origin().user(), "idle",
                    idle(router().clock().nowMillis() - s.lastInputMillis()), s.origin().peerAddress())
                    .stripTrailing() + "\n");
        }
        out.print("\n  Interface    User               Mode         Idle     Peer Address\n\n");
    }


    /** Method is NVRAM for an address unchanged since boot, manual once typed, unset without one. */
    /** `show interfaces [IF] description`: short name, link and protocol state, description. */
    private void interfaceDescriptions(java.util.List<InterfaceConfig> interfaces, CliOutput out) {
        out.print("Interface                      Status         Protocol Description\n");
        for (InterfaceConfig i : interfaces) {
            var state = router().services().lineState(i);
            // IOS pads the empty description column too, so a row without one ends in blanks
            out.print(String.format("%-31s%-15s%-9s%s\n", i.name().shortName(), state.adminUp() ? "up" : "admin down",
                    state.protocol(), i.description().orElse("")));
        }
    }

    private void ipInterfaceBrief(RunningConfig config, RunningConfig boot, CliOutput out) {
        out.print("Interface                  IP-Address      OK? Method Status                Protocol\n");
        for (InterfaceConfig i : config.interfaces()) {
            briefLine(config, boot, i, out);
        }
        for (InterfaceConfig i : router().services().virtualInterfaces()) {
            // an address the router set itself is `manual` [inferred]; NVI0 has none, and IOS says NO for it
            String addr = i.address().map(a -> a.address()).orElse("unassigned");
            out.print(String.format("%-26s %-15s %-3s %-6s %-21s %s", i.name(), addr, i.address().isPresent() ? "YES" : "NO",
                    i.address().isPresent() ? "manual" : "unset", router().services().lineState(i).status(),
                    router().services().lineState(i).protocol()).stripTrailing() + "\n");
        }
    }

    private void briefLine(RunningConfig config, RunningConfig boot, InterfaceConfig i, CliOutput out) {
        String addr = i.address().map(a -> a.address()).orElse("unassigned");
        boolean fromNvram = boot.iface(i.name()).map(b -> b.address().equals(i.address())).orElse(false);
        String method = i.address().isEmpty() ? "unset" : fromNvram ? "NVRAM" : "manual";
        if (i.unnumbered().isPresent()) {
            // IOS lists the borrowed address, with the odd method it gives unnumbered interfaces
            addr = i.unnumbered().flatMap(config::iface).flatMap(InterfaceConfig::address).map(a -> a.address())
                    .orElse("unassigned");
            method = "TFTP";
        }
        out.print(String.format("%-26s %-15s YES %-6s %-21s %s", i.name(), addr, method,
                router().services().lineState(i).status(), router().services().lineState(i).protocol())
                .stripTrailing() + "\n");
    }
}
