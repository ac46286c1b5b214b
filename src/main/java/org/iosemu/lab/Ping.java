package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;

/**
 * IOS `ping`: echo requests one after the other, each waiting for its reply up to the timeout, `!` or `.`
 * printed as each resolves (so debug lines fall where IOS would print them), then the success rate.
 */
final class Ping {

    /** What the user asked for. */
    record Request(Ipv4Address target, Optional<Ipv4Address> source, int repeat, int size, int timeoutSeconds) {}

    private static final int LINE_WIDTH = 70;
    private static final int HEADERS = 28;

    private Ping() {}

    static void run(Router router, Request r, CliOutput out) {
        out.print("Type escape sequence to abort.\n");
        out.print("Sending " + r.repeat() + ", " + r.size() + "-byte ICMP Echos to " + r.target() + ", timeout is "
                + r.timeoutSeconds() + " seconds:\n");
        Optional<Ipv4Address> source = r.source().or(() -> new RoutingTable(router.context().config().current(),
                router.injectedRoutes(router.context().config().current()))
                .lookup(r.target()).map(RoutingTable.Egress::interfaceAddress));
        r.source().ifPresent(s -> out.print("Packet sent with a source address of " + s + " \n"));
        int identifier = router.ip().replies().nextIdentifier();
        byte[] data = pattern(Math.max(0, r.size() - HEADERS));
        int ok = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        long total = 0;
        LabTime time = router.time();
        for (int seq = 0; seq < r.repeat(); seq++) {
            long sentAt = time.now();
            boolean replied = false;
            if (source.isPresent() && router.powered()) {
                IpPacket echo = new IpPacket(source.get(), r.target(), IpPacket.ICMP, 0, 0,
                        new IcmpEcho(true, identifier, seq, data).encode());
                router.ip().send(echo);
                int s = seq;
                replied = time.awaitUntil(() -> router.ip().replies().has(identifier, s),
                        sentAt + r.timeoutSeconds() * 1000L);
            } else {
                time.pass(r.timeoutSeconds() * 1000L);
            }
            if (replied) {
                long rtt = router.ip().replies().take(identifier, seq) - sentAt;
                ok++;
                min = Math.min(min, rtt);
                max = Math.max(max, rtt);
                total += rtt;
            }
            out.print(replied ? "!" : ".");
            if ((seq + 1) % LINE_WIDTH == 0 && seq + 1 < r.repeat()) {
                out.print("\n");
            }
        }
        out.print("\n");
        int percent = r.repeat() == 0 ? 0 : ok * 100 / r.repeat();
        out.print("Success rate is " + percent + " percent (" + ok + "/" + r.repeat() + ")"
                + (ok > 0 ? ", round-trip min/avg/max = " + min + "/" + (total / ok) + "/" + max + " ms" : "") + "\n");
    }

    /** IOS fills echo data with 0xABCD. */
    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % 2 == 0 ? 0xab : 0xcd);
        }
        return b;
    }
}
