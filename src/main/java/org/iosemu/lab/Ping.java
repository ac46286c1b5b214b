package org.iosemu.lab;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.PingReport;
import org.iosemu.cli.session.PingRequest;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;

/**
 * IOS `ping`: echo requests one after the other, each waiting for its reply up to the timeout, `!` or `.`
 * printed and flushed as each resolves (so debug lines fall where IOS would print them), then the success
 * rate. Nothing is kept per echo, so `repeat 2147483647` runs in constant memory; the user's escape sequence
 * stops it (between echoes, and on real time also during a wait).
 */
final class Ping {

    private static final int HEADERS = 28;

    private Ping() {}

    /** @param source the source address the user chose (already checked), empty for the exit interface's */
    static void run(Router router, PingRequest r, Optional<Ipv4Address> source, CliOutput out) {
        Ipv4Address target = Addresses.net(r.target());
        PingReport report = new PingReport(r, out);
        report.header(source.map(Ipv4Address::toString));
        Optional<Ipv4Address> from = source.or(() -> router.ip().routes(router.context().config().current())
                .lookup(target).map(RoutingTable.Egress::interfaceAddress));
        int identifier = router.ip().replies().nextIdentifier();
        LabTime time = router.time();
        // virtual waits take no wall time: keys typed ahead are seen between echoes, not inside a wait
        BooleanSupplier stopInWait = time.virtual() ? () -> false : out::interrupted;
        for (long index = 0; index < r.echoes(); index++) {
            int sequence = (int) (index & 0xffff);
            long sentAt = time.now();
            long deadline = sentAt + r.timeoutSeconds() * 1000L;
            boolean replied = false;
            boolean unreachable = false;
            boolean tooBig = false;
            if (from.isPresent() && router.powered()) {
                byte[] data = pattern(Math.max(0, r.sizeOf(index) - HEADERS), r.dataPattern());
                router.ip().send(new IpPacket(from.get(), target, IpPacket.ICMP, 0, 0,
                        new IcmpEcho(true, identifier, sequence, data).encode()).withTos(r.typeOfService())
                        .withDontFragment(r.dfBit()));
                EchoReplies replies = router.ip().replies();
                time.awaitUntil(() -> replies.has(identifier, sequence) || replies.isUnreachable(identifier, sequence)
                        || stopInWait.getAsBoolean(), deadline);
                replied = replies.has(identifier, sequence);
                unreachable = !replied && replies.isUnreachable(identifier, sequence);
                tooBig = unreachable && replies.isTooBig(identifier, sequence);
            } else {
                time.pass(r.timeoutSeconds() * 1000L, stopInWait);
            }
            if (tooBig) {
                router.ip().replies().take(identifier, sequence);
                report.couldNotFragment(index);
            } else if (unreachable) {
                router.ip().replies().take(identifier, sequence);
                report.unreachable(index);
            } else if (replied) {
                report.replied(index, router.ip().replies().take(identifier, sequence) - sentAt);
            } else {
                router.ip().replies().take(identifier, sequence); // a late reply must not count for the next round
                report.timedOut(index);
            }
            if (out.interrupted()) {
                // after each echo (a stop typed ahead in a replay lets the first one through); on real time a
                // stop inside the wait ends it early and that echo counts as timed out
                break;
            }
        }
        report.finish();
    }

    /** The echo data: the user's 16-bit pattern repeated (IOS's default 0xABCD). */
    private static byte[] pattern(int n, int pattern) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % 2 == 0 ? pattern >>> 8 : pattern);
        }
        return b;
    }
}
