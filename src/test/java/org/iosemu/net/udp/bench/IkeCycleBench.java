package org.iosemu.net.udp.bench;

import java.net.SocketException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.iosemu.ike.ClearFilter;
import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.SystemTimerPort;
import org.iosemu.ike.TimerPort;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.iosemu.ike.testing.VirtualScheduler;
import org.iosemu.net.udp.UdpTransport;

/**
 * IKE cycles per second between two iosemu engines: interesting packet → Main Mode + Quick Mode → `clear crypto
 * session` (ISAKMP + ESP DELETE), closed loop, one cycle at a time. Not a test: run by hand, e.g.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.iosemu.net.udp.bench.IkeCycleBench [seconds] [3des|aes]</pre>
 *
 * "in-process" uses the in-memory network on a virtual clock (pure CPU); "udp" binds 127.0.0.2/127.0.0.3
 * ports 500/4500 (root) with real timers, one router thread each.
 */
public final class IkeCycleBench {
    private static final Ipv4 MASK24 = Ipv4.parse("255.255.255.0");

    private IkeCycleBench() {
    }

    static IkeConfig site(Ipv4 local, String lan, String remoteLan, Ipv4 peer, boolean aes) {
        ProxyIdentity acl = new ProxyIdentity(Ipv4.parse(lan), MASK24, Ipv4.parse(remoteLan), MASK24, 0);
        EspTransform ts = aes ? new EspTransform("t", EspCipher.AES128, EspAuth.SHA256, EspMode.TUNNEL)
                : new EspTransform("t", EspCipher.TRIPLE_DES, EspAuth.SHA, EspMode.TUNNEL);
        IkeProposal p = aes ? new IkeProposal(1, IkeEncryption.AES128, Phase1Hash.SHA256, 14, 86_400)
                : new IkeProposal(1, IkeEncryption.TRIPLE_DES, Phase1Hash.SHA, 2, 86_400);
        ChildPolicy e = new ChildPolicy("m", 10, List.of(new PeerCandidate(peer, false)), List.of(ts), List.of(acl), 0, 3600, 4_608_000, local);
        return new IkeConfig(List.of(p), List.of(new PreSharedKey("k", Ipv4.ANY, Ipv4.ANY)), Optional.empty(), List.of(e));
    }

    static byte[] packet() {
        byte[] p = new byte[28];
        p[0] = 0x45;
        p[3] = 28;
        p[9] = 1;
        System.arraycopy(Ipv4.parse("10.1.1.1").toBytes(), 0, p, 12, 4);
        System.arraycopy(Ipv4.parse("10.2.2.1").toBytes(), 0, p, 16, 4);
        return p;
    }

    record Result(String name, int cycles, double seconds, double p50ms, double p90ms) {
        @Override
        public String toString() {
            return String.format("%-28s | %6d cycles | %5.1f s | %7.1f cycles/s | p50 %.2f ms | p90 %.2f ms", name, cycles, seconds, cycles / seconds, p50ms, p90ms);
        }
    }

    /** One closed-loop run: {@code cycle} does MM+QM+DELETE and returns when both sides are clean. */
    static Result run(String name, double seconds, Runnable cycle) {
        for (int i = 0; i < 20; i++) {
            cycle.run(); // warm-up (JIT)
        }
        List<Long> lat = new java.util.ArrayList<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            long t = System.nanoTime();
            cycle.run();
            lat.add(System.nanoTime() - t);
        }
        double took = (System.nanoTime() - start) / 1e9;
        lat.sort(null);
        return new Result(name, lat.size(), took, lat.get(lat.size() / 2) / 1e6, lat.get(lat.size() * 9 / 10) / 1e6);
    }

    static Result inProcess(double seconds, boolean aes) {
        VirtualScheduler clock = new VirtualScheduler(0);
        InMemoryNetwork net = new InMemoryNetwork(clock, 0);
        Ipv4 a = Ipv4.parse("10.0.0.1");
        Ipv4 b = Ipv4.parse("10.0.0.2");
        IkeEngine ea = new IkeEngine(net.portFor(a), clock, RandomPort.secure(), e -> { });
        IkeEngine eb = new IkeEngine(net.portFor(b), clock, RandomPort.secure(), e -> { });
        net.attach(a, ea);
        net.attach(b, eb);
        ea.onConfigChanged(site(a, "10.1.1.0", "10.2.2.0", b, aes));
        eb.onConfigChanged(site(b, "10.2.2.0", "10.1.1.0", a, aes));
        byte[] pkt = packet();
        return run("iosemu<->iosemu in-process " + (aes ? "aes" : "3des"), seconds, () -> {
            ea.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), pkt);
            clock.runPending();
            if (ea.snapshot().ipsecSas().isEmpty() || eb.snapshot().ipsecSas().isEmpty()) {
                throw new IllegalStateException("no SA");
            }
            ea.clear(ClearFilter.all(), true, true);
            clock.runPending();
            if (!eb.snapshot().ikeSas().isEmpty() || !eb.snapshot().ipsecSas().isEmpty()) {
                throw new IllegalStateException("peer kept SAs");
            }
            net.sent().clear();
            net.delivered().clear();
        });
    }

    static Result overUdp(double seconds, boolean aes) throws SocketException {
        Ipv4 a = Ipv4.parse("127.0.0.2");
        Ipv4 b = Ipv4.parse("127.0.0.3");
        ExecutorService ta = Executors.newSingleThreadExecutor();
        ExecutorService tb = Executors.newSingleThreadExecutor();
        try (SystemTimerPort timers = new SystemTimerPort(); UdpTransport ua = UdpTransport.bind(a, ta); UdpTransport ub = UdpTransport.bind(b, tb)) {
            IkeEngine ea = engine(ua, timers);
            IkeEngine eb = engine(ub, timers);
            ea.onConfigChanged(site(a, "10.1.1.0", "10.2.2.0", b, aes));
            eb.onConfigChanged(site(b, "10.2.2.0", "10.1.1.0", a, aes));
            byte[] pkt = packet();
            return run("iosemu<->iosemu UDP loopback " + (aes ? "aes" : "3des"), seconds, () -> {
                ea.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), pkt);
                spin(() -> !ea.snapshot().ipsecSas().isEmpty() && !eb.snapshot().ipsecSas().isEmpty());
                ea.clear(ClearFilter.all(), true, true);
                spin(() -> eb.snapshot().ikeSas().isEmpty() && eb.snapshot().ipsecSas().isEmpty());
            });
        } finally {
            ta.shutdownNow();
            tb.shutdownNow();
        }
    }

    private static IkeEngine engine(UdpTransport udp, TimerPort timers) {
        IkeEngine e = new IkeEngine(udp, timers, RandomPort.secure(), ev -> { });
        udp.start(new UdpTransport.Receiver() {
            @Override
            public void onIke(Endpoint local, Endpoint remote, byte[] message) {
                e.onDatagram(local, remote, message);
            }

            @Override
            public void onEsp(Endpoint local, Endpoint remote, byte[] esp) {
                e.inboundEsp(remote.ip(), local.ip(), esp);
            }
        });
        return e;
    }

    private static void spin(BooleanSupplier done) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("cycle timed out");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000); // leave the CPUs to the router threads
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<Boolean> suites = args.length > 1 ? List.of(args[1].equals("aes")) : List.of(false, true);
        System.out.println("# " + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        for (boolean aes : suites) {
            System.out.println(inProcess(seconds, aes));
            System.out.println(overUdp(seconds, aes));
        }
    }
}
