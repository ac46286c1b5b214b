package org.iosemu.lab.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.lab.Lab;
import org.iosemu.lab.Router;
import org.iosemu.lab.VirtualLabTime;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.LinkProperties;
import org.iosemu.time.IosTimestamp;

/**
 * One hub, N spokes (default 10,000), periodic DPD every 10 s on the hub, one lab hour on virtual time:
 * {@code java -Xmx1g -cp target/classes:DEPS org.iosemu.lab.bench.HubSpokeBench [SPOKES] [LAB_SECONDS] [LOSS_PERCENT]}.
 * With a loss percentage every hub-spoke link loses that share of packets (seeded) once the tunnels are up, so
 * DPD retransmits (and, on bad luck, declares peers dead); the report then counts the lost packets.
 * The hub has an any-peer key and one crypto map entry per spoke (the engine answers a quick mode only for a
 * listed peer); every spoke brings its tunnel up with one echo from its LAN, staggered over 10 s. Reports the
 * wall time of each phase, the peak heap and the wall-clock cost of one DPD exchange.
 */
public final class HubSpokeBench {

    private static final String HUB = "HUB";

    private HubSpokeBench() {}

    public static void main(String[] args) throws Exception {
        int spokes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long labSeconds = args.length > 1 ? Long.parseLong(args[1]) : 3600;
        int lossPercent = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long t0 = System.nanoTime();
        Map<String, String> configs = configs(spokes);
        VirtualLabTime time = new VirtualLabTime(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
        Lab lab = new Lab(configs, Files.createTempDirectory("hubspoke"), time, System.err::print);
        long t1 = System.nanoTime();
        System.out.printf("boot: %d routers from generated configs in %.1f s%n", spokes + 1, (t1 - t0) / 1e9);

        List<Router> spokeRouters = lab.routers().stream().filter(r -> !r.name().equals(HUB)).toList();
        for (int i = 0; i < spokeRouters.size(); i++) {
            Router s = spokeRouters.get(i);
            int index = Integer.parseInt(s.name().substring(1));
            time.scheduler().schedule(i * 10_000L / spokes, () -> s.originate(new IpPacket(lan(index),
                    Ipv4Address.parse("192.168.0.1"), IpPacket.ICMP, 0, 0, new IcmpEcho(true, 1, 0, new byte[8]).encode())));
        }
        time.pass(15_000);
        long t2 = System.nanoTime();
        int tunnels = lab.router(HUB).engine().snapshot().ikeSas().size();
        System.out.printf("tunnels up: %d IKE SAs on the hub after 15 lab seconds, %.1f s wall%n", tunnels, (t2 - t1) / 1e9);

        if (lossPercent > 0) {
            LinkProperties lossy = LinkProperties.DEFAULT.withDelayMillis(Lab.LATENCY_MILLIS).withLossPercent(lossPercent);
            spokeRouters.forEach(s -> lab.network().setLink(HUB, s.name(), lossy));
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long deliveredBefore = lab.network().deliveredCount();
        long maxUsed = HeapFigures.usedHeap();
        for (long s = 0; s < labSeconds; s += 60) {
            time.pass(Math.min(60, labSeconds - s) * 1000);
            maxUsed = Math.max(maxUsed, HeapFigures.usedHeap());
        }
        long t3 = System.nanoTime();
        // the simulation runs on this one thread: its CPU time is the cost independent of other load on the box
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long packets = lab.network().deliveredCount() - deliveredBefore;
        long exchanges = packets / 2; // R_U_THERE + R_U_THERE_ACK
        double wall = (t3 - t2) / 1e9;
        System.out.printf("lab time %d s: %.1f s wall, %d DPD exchanges (%d packets), %.1f us per exchange%n",
                labSeconds, wall, exchanges, packets, (t3 - t2) / 1e3 / Math.max(1, exchanges));
        System.out.printf("  simulation thread CPU %.1f s = %.1f us per exchange%n", cpu / 1e9,
                cpu / 1e3 / Math.max(1, exchanges));
        System.out.printf("hub IKE SAs at the end: %d%n", lab.router(HUB).engine().snapshot().ikeSas().size());
        if (lossPercent > 0) {
            long lost = lab.network().links().stream()
                    .mapToLong(l -> l.statistics(l.a()).lost() + l.statistics(l.b()).lost()).sum();
            System.out.printf("links at %d%% loss: %d packets lost%n", lossPercent, lost);
        }
        System.gc();
        System.out.printf("heap: max used sampled every lab minute %.0f MiB, live after GC at the end %.0f MiB,"
                + " sum of pool peaks %.0f MiB; total wall %.1f s%n", maxUsed / 1048576.0, HeapFigures.usedHeap() / 1048576.0,
                HeapFigures.peakHeapMiB(), (t3 - t0) / 1e9);
        if (Boolean.getBoolean("bench.histogram")) {
            System.out.println(HeapFigures.histogram());
        }
    }

    static Ipv4Address wan(int i) {
        return new Ipv4Address(Ipv4Address.parse("100.64.0.0").bits() + 10 + i);
    }

    static Ipv4Address lan(int i) {
        return new Ipv4Address(Ipv4Address.parse("10.0.0.1").bits() + (i << 8));
    }

    static Map<String, String> configs(int spokes) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder hub = new StringBuilder();
        hub.append("hostname HUB\n")
                .append("crypto isakmp policy 10\n encryption aes\n authentication pre-share\n group 2\n")
                .append("crypto isakmp key bench-key address 0.0.0.0 0.0.0.0\n")
                .append("crypto isakmp keepalive 10 periodic\n")
                .append("crypto ipsec transform-set ts esp-aes esp-sha-hmac\n");
        for (int i = 0; i < spokes; i++) {
            hub.append("crypto map hub ").append(i + 1).append(" ipsec-isakmp\n set peer ").append(wan(i))
                    .append("\n set transform-set ts\n match address 101\n");
        }
        hub.append("interface Loopback0\n ip address 192.168.0.1 255.255.255.0\n")
                .append("interface FastEthernet0\n ip address 100.64.0.1 255.192.0.0\n crypto map hub\n")
                .append("ip route 10.0.0.0 255.0.0.0 100.64.0.2\n")
                .append("access-list 101 permit ip 192.168.0.0 0.0.0.255 10.0.0.0 0.255.255.255\n");
        out.put(HUB, hub.toString());
        for (int i = 0; i < spokes; i++) {
            Ipv4Address lan = lan(i);
            String net = new Ipv4Address(lan.bits() & 0xffffff00).toString();
            out.put(String.format("S%05d", i), "hostname S" + i + "\n"
                    + "crypto isakmp policy 10\n encryption aes\n authentication pre-share\n group 2\n"
                    + "crypto isakmp key bench-key address 100.64.0.1\n"
                    + "crypto ipsec transform-set ts esp-aes esp-sha-hmac\n"
                    + "crypto map vpn 10 ipsec-isakmp\n set peer 100.64.0.1\n set transform-set ts\n match address 101\n"
                    + "interface Loopback0\n ip address " + lan + " 255.255.255.0\n"
                    + "interface FastEthernet0\n ip address " + wan(i) + " 255.192.0.0\n crypto map vpn\n"
                    + "ip route 0.0.0.0 0.0.0.0 100.64.0.1\n"
                    + "access-list 101 permit ip " + net + " 0.0.0.255 192.168.0.0 0.0.0.255\n");
        }
        return out;
    }
}
