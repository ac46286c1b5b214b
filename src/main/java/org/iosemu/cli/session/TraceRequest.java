package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.Ipv4;
import org.iosemu.grammar.IosParser;

/**
 * What a `traceroute A.B.C.D [numeric] [timeout N] [probe N] [source A|IF] [ttl MIN MAX] [port N]` asks for,
 * with IOS's defaults: 3 probes per hop, 3 s each, TTL 1 to 30, UDP ports from 33434 (one per probe).
 */
public record TraceRequest(String target, Optional<String> sourceAddress, Optional<InterfaceName> sourceInterface,
                           boolean numeric, int timeoutSeconds, int probes, int minTtl, int maxTtl, int port) {

    public static final int DEFAULT_TIMEOUT = 3;
    public static final int DEFAULT_PROBES = 3;
    public static final int DEFAULT_MIN_TTL = 1;
    public static final int DEFAULT_MAX_TTL = 30;
    public static final int DEFAULT_PORT = 33434;

    public static TraceRequest to(String target) {
        return new TraceRequest(target, Optional.empty(), Optional.empty(), false, DEFAULT_TIMEOUT, DEFAULT_PROBES,
                DEFAULT_MIN_TTL, DEFAULT_MAX_TTL, DEFAULT_PORT);
    }

    public static TraceRequest of(IosParser.Ex_tracerouteContext request) {
        Optional<String> address = Optional.empty();
        Optional<InterfaceName> iface = Optional.empty();
        boolean numeric = false;
        int timeout = DEFAULT_TIMEOUT;
        int probes = DEFAULT_PROBES;
        int minTtl = DEFAULT_MIN_TTL;
        int maxTtl = DEFAULT_MAX_TTL;
        int port = DEFAULT_PORT;
        for (IosParser.Trace_optionContext o : request.trace_option()) {
            if (o.NUMERIC() != null) {
                numeric = true;
            } else if (o.arg_trace_timeout() != null) {
                timeout = Integer.parseInt(o.arg_trace_timeout().getText());
            } else if (o.arg_trace_probes() != null) {
                probes = Integer.parseInt(o.arg_trace_probes().getText());
            } else if (o.arg_trace_min_ttl() != null) {
                // TTL 0 sends nothing useful: IOS starts the trace at hop 1 then
                minTtl = Math.max(1, Integer.parseInt(o.arg_trace_min_ttl().getText()));
                maxTtl = Integer.parseInt(o.arg_trace_max_ttl().getText());
            } else if (o.arg_trace_port() != null) {
                port = Integer.parseInt(o.arg_trace_port().getText());
            } else if (o.arg_trace_source_address() != null) {
                address = Optional.of(Ipv4.canonical(o.arg_trace_source_address().getText()));
                iface = Optional.empty();
            } else if (o.arg_interface_ref() != null) {
                iface = PingRequest.interfaceName(o.arg_interface_ref());
                address = Optional.empty();
            }
        }
        return new TraceRequest(Ipv4.canonical(request.arg_trace_target().getText()), address, iface, numeric, timeout,
                probes, minTtl, maxTtl, port);
    }
}
