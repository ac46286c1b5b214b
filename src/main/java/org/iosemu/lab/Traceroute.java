package org.iosemu.lab;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.TraceReport;
import org.iosemu.cli.session.TraceRequest;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;

/**
 * IOS `traceroute`: UDP probes with TTL 1, 2, ... (each probe to its own port from 33434), every one waiting
 * up to the timeout for the ICMP answer: time exceeded from a router on the way, port unreachable from the
 * destination, which ends the trace after that hop. A crypto map tunnel hides the network it crosses: the
 * peer is the next hop, as on IOS. Output streams probe by probe; the escape sequence stops the trace.
 */
final class Traceroute {

    /** The probes' UDP source port: one per router, as the trace's identity. */
    private static final int SOURCE_PORT_BASE = 49152;

    private Traceroute() {}

    static void run(Router router, TraceRequest r, Optional<Ipv4Address> source, CliOutput out) {
        Ipv4Address target = Addresses.net(r.target());
        TraceReport report = new TraceReport(out);
        report.header(r.target());
        Optional<Ipv4Address> from = source.or(() -> router.ip().routes(router.context().config().current())
                .lookup(target).map(RoutingTable.Egress::interfaceAddress));
        int sourcePort = SOURCE_PORT_BASE + router.ip().replies().nextIdentifier() % 16384;
        LabTime time = router.time();
        BooleanSupplier stopInWait = time.virtual() ? () -> false : out::interrupted;
        int port = r.port();
        boolean reached = false;
        boolean stopped = false;
        for (int ttl = r.minTtl(); ttl <= r.maxTtl() && !reached && !stopped; ttl++) {
            report.hop(ttl);
            for (int probe = 0; probe < r.probes() && !stopped; probe++) {
                int destinationPort = port++ & 0xffff;
                long sentAt = time.now();
                Optional<ProbeAnswers.Answer> answer = Optional.empty();
                if (from.isPresent() && router.powered()) {
                    router.ip().send(new IpPacket(from.get(), target, IpPacket.UDP, sourcePort, destinationPort,
                            new byte[0], ttl));
                    time.awaitUntil(() -> router.ip().probeAnswers().has(sourcePort, destinationPort)
                            || stopInWait.getAsBoolean(), sentAt + r.timeoutSeconds() * 1000L);
                    answer = router.ip().probeAnswers().take(sourcePort, destinationPort);
                } else {
                    time.pass(r.timeoutSeconds() * 1000L, stopInWait);
                }
                if (answer.isPresent()) {
                    report.answered(answer.get().from().toString(), answer.get().atMillis() - sentAt);
                    reached |= answer.get().unreachable();
                } else {
                    report.lost();
                }
                stopped = out.interrupted(); // after each probe, so a stop typed ahead lets the first one through
            }
        }
        report.endLine();
    }
}
