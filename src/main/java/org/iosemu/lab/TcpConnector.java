package org.iosemu.lab;

import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.cli.session.TcpConnect;
import org.iosemu.cli.session.VtyAvailability;
import org.iosemu.config.RunningConfig;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.TcpSegment;

/**
 * Opens a telnet or SSH connection from a lab router the way its TCP would: a SYN routed (and encrypted by
 * the exit interface's crypto map) like any packet the router originates, sent again every few seconds
 * until an answer comes or `ip tcp synwait-time` (30 s by default) runs out. A SYN-ACK means a vty line
 * took it, a RST that the remote refused. The SYN advertises IOS's MSS ({@link TcpMss}), which `ip tcp adjust-mss`
 * on the interfaces it crosses may lower.
 */
final class TcpConnector {

    static final int TELNET_PORT = 23;
    static final int SSH_PORT = 22;
    private static final int DEFAULT_SYNWAIT_SECONDS = 30;
    /** SYN retransmission interval (a first SYN that starts IKE is dropped while the SA is pending). */
    private static final long RETRANSMIT_MILLIS = 2000;

    private TcpConnector() {}

    static int port(TcpConnect.Service service) {
        return service == TcpConnect.Service.SSH ? SSH_PORT : TELNET_PORT;
    }

    static TcpConnect open(Router router, Ipv4Address target, TcpConnect.Service service, Optional<Ipv4Address> from,
                           LabControl lab) {
        RunningConfig config = router.context().config().current();
        Optional<Ipv4Address> source = from.isPresent() ? from : router.owns(target) ? Optional.of(target)
                : router.ip().routes(config).lookup(target).map(RoutingTable.Egress::interfaceAddress);
        long synwait = config.system().services().ip().tcpSynwaitTime().orElse(DEFAULT_SYNWAIT_SECONDS) * 1000L;
        LabTime time = router.time();
        TcpHandshakes handshakes = router.ip().handshakes();
        int localPort = handshakes.nextLocalPort();
        long deadline = time.now() + synwait;
        int mss = TcpMss.advertised(router.ip().routes(config).lookup(target), target);
        boolean answered = false;
        boolean first = true;
        while (!answered && time.now() < deadline) {
            if (source.isPresent() && router.powered()) {
                if (first) {
                    TcpTransactions.synSent(router, localPort, target, port(service), mss);
                    first = false;
                }
                router.ip().send(IpPacket.tcp(source.get(), target, new TcpSegment(localPort, port(service),
                        router.tcpInitialSequence(), 0, TcpSegment.SYN, mss)));
            }
            answered = time.awaitUntil(() -> handshakes.answer(localPort).isPresent(),
                    Math.min(deadline, time.now() + RETRANSMIT_MILLIS));
        }
        Optional<TcpSegment> answer = handshakes.answer(localPort);
        handshakes.forget(localPort);
        if (answer.isEmpty()) {
            return new TcpConnect.TimedOut();
        }
        if (answer.get().has(TcpSegment.RST)) {
            return new TcpConnect.Refused();
        }
        TcpTransactions.established(router, localPort, target, answer.get(), mss);
        Optional<Router> remote = lab.owner(target);
        OptionalInt line = remote.map(r -> VtyAvailability.freeLine(r.context(), service)).orElse(OptionalInt.empty());
        if (line.isEmpty()) {
            return new TcpConnect.Refused();
        }
        return new TcpConnect.Open(remote.get().context(), line.getAsInt(), source.get().toString());
    }
}
