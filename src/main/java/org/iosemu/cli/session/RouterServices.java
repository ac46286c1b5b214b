package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;

/**
 * The EXEC commands that belong to the IKE/IPsec engine and the lab, not to the configuration. The
 * session hands over the parsed request, the current config snapshot and the user's screen; output is
 * exactly what IOS prints (the session applies `| include ...` filters afterwards).
 * {@link StandaloneRouterServices} answers like a router with no peers; the integrator plugs the engine in.
 */
public interface RouterServices {

    /** `show crypto isakmp|ipsec|session|map ...`. */
    void showCrypto(IosParser.Sh_cryptoContext request, RunningConfig config, CliOutput out);

    /** `clear crypto session|isakmp|sa ...`. */
    void clearCrypto(IosParser.Ex_clearContext request, RunningConfig config, CliOutput out);

    /** This router's `debug` switches; the commands on them are the same on every router. */
    DebugFlags debugFlags();

    /**
     * `debug X` (enable = true) and `undebug X` / `no debug X` (enable = false). May return a question
     * (`debug all` asks for confirmation); the session asks it and hands the answer back.
     */
    default Optional<Dialogue> debug(IosParser.Debug_targetContext target, boolean enable, CliOutput out) {
        return new DebugCommands(debugFlags()).debug(target, enable, out);
    }

    /** `show debugging`. */
    default void showDebugging(CliOutput out) {
        new DebugCommands(debugFlags()).showDebugging(out);
    }

    /**
     * `ping A.B.C.D [options]` or the extended ping dialogue's answers. Prints as it goes (flushing) and
     * stops when {@link CliOutput#interrupted()}.
     */
    void ping(PingRequest request, RunningConfig config, CliOutput out);

    /** `traceroute A.B.C.D [options]`, streamed and stoppable like ping. */
    void traceroute(TraceRequest request, RunningConfig config, CliOutput out);

    /**
     * Opens a TCP connection to {@code address} (dotted quad) for telnet or SSH through the router's network,
     * from {@code source} (an address of the router) or else the exit interface's address; a router without a
     * network never gets an answer.
     */
    default TcpConnect connect(String address, TcpConnect.Service service, java.util.Optional<String> source, CliOutput out) {
        return new TcpConnect.TimedOut();
    }

    /**
     * `reload` confirmed by {@code requester}: every vty session ends, the startup-config is read again and
     * the console shows the boot. A lab router also loses its SAs and is off the network while it boots.
     */
    default void reload(IosSession requester, CliOutput out) {
        RouterContext router = requester.router();
        router.dropVtySessions();
        router.reboot("reload", out);
        router.restartConsoles(requester, out);
    }

    /** Traffic through {@code name} since the last `clear counters`; a router without a network has none. */
    default InterfaceCounters counters(org.iosemu.config.InterfaceName name) {
        return InterfaceCounters.NONE;
    }

    /** The counters of a class of {@code iface}'s output policy ({@code match} ≥ 0: of one match line). */
    default QosClassStats qosStats(String iface, String policy, String className, int match) {
        return QosClassStats.NONE;
    }

    /** An interface's administrative state and line protocol; without a runtime, what the configuration says. */
    default org.iosemu.routing.LineState lineState(org.iosemu.config.InterfaceConfig iface) {
        return org.iosemu.routing.LineState.configured(iface);
    }

    /**
     * Interfaces the router created itself, not the configuration (an Easy VPN remote's Loopback10000 holding its
     * assigned address, NVI0): listed after the configured ones while they exist; none by default.
     */
    default java.util.List<org.iosemu.config.InterfaceConfig> virtualInterfaces() {
        return java.util.List.of();
    }

    /** The kbit/s the crypto engine processes; empty = not limited (the default, and a router outside a lab). */
    default java.util.OptionalLong cryptoEngineKbps() {
        return java.util.OptionalLong.empty();
    }

    /** `clear counters`: zeroes every interface's counts. */
    default void clearCounters() {
    }

    /** `crypto ipsec client ezvpn connect [NAME]` / `... xauth` (which may ask `Username: ` etc.). */
    Optional<Dialogue> ezvpn(IosParser.Ex_cryptoContext request, RunningConfig config, CliOutput out);

    /**
     * The addresses of `ip local pool` {@code pool} handed out now, with who holds each (an Easy VPN user);
     * none by default: only a router that serves remote-access clients leases them.
     */
    default java.util.Map<Long, String> poolLeases(String pool) {
        return java.util.Map.of();
    }

    /** Routes the engine adds to the configured ones (reverse route injection); none by default. */
    default java.util.List<org.iosemu.config.StaticRoute> injectedRoutes(RunningConfig config) {
        return java.util.List.of();
    }

    /** The router's access-list match counts (`show access-lists`); a router without a network counts nothing. */
    default org.iosemu.acl.AclCounters aclCounters() {
        return new org.iosemu.acl.AclCounters();
    }

    /** The router's NAT; without a network nothing is translated (the static entries are still listed). */
    default org.iosemu.nat.NatTranslator nat() {
        return new org.iosemu.nat.NatTranslator(aclCounters());
    }

    /** Milliseconds on the router's clock, for NAT's entry ages. */
    default long nowMillis() {
        return 0;
    }

    /** `lab ...` emulator control; rejected where there is no lab to control. */
    LineOutcome lab(IosParser.Ex_labContext request, CliOutput out);
}
