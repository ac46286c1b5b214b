package org.iosemu.lab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.Endpoint;
import org.iosemu.lab.Lab;
import org.iosemu.lab.Router;
import org.iosemu.lab.VirtualLabTime;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.NetworkObserver;
import org.iosemu.time.IosTimestamp;

/**
 * One Easy VPN server and N remotes (default 1,000) on virtual time:
 * {@code java -Xmx1g -cp target/iosemu.jar org.iosemu.lab.bench.EasyVpnBench [REMOTES] [LAB_SECONDS] [KEEPALIVE]}.
 * Every remote boots with `connect auto` and its own saved XAUTH user (`xauth userid mode local`), so all of them
 * start Aggressive Mode + XAUTH + Mode Config + Quick Mode in the lab's first millisecond. The bench reports the wall
 * time and heap until all are IPSEC_ACTIVE, then runs LAB_SECONDS (default one hour) of the remotes' periodic DPD
 * (`crypto isakmp keepalive KEEPALIVE periodic`, default 10 s; the server's DPD is on-demand, as the chapter advises
 * for many peers) and reports the exchanges and whether every remote is still up on its first tunnel.
 */
public final class EasyVpnBench {

    private static final String SERVER = "SERVER";
    private static final String ACTIVE = "IPSEC_ACTIVE";

    private EasyVpnBench() {}

    public static void main(String[] args) throws Exception {
        int remotes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        long labSeconds = args.length > 1 ? Long.parseLong(args[1]) : 3600;
        int keepalive = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        VirtualLabTime time = new VirtualLabTime(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
        Lab lab = new Lab(configs(remotes, keepalive), Files.createTempDirectory("ezvpnbench"), time, System.err::print);
        long t1 = System.nanoTime();
        System.out.printf("boot: %d routers from generated configs in %.1f s wall, %.1f s CPU%n", remotes + 1,
                (t1 - t0) / 1e9, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);

        IkeTally tally = new IkeTally(lab.wireLog());
        lab.network().observe(tally);
        List<Router> remoteRouters = lab.routers().stream().filter(r -> !r.name().equals(SERVER)).toList();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long maxUsed = HeapFigures.usedHeap();
        long labMillis = 0;
        int active = 0;
        while (active < remotes && labMillis < 120_000) {
            time.pass(100);
            labMillis += 100;
            maxUsed = Math.max(maxUsed, HeapFigures.usedHeap());
            active = countActive(remoteRouters);
        }
        long t2 = System.nanoTime();
        System.out.printf("connect: %d of %d remotes IPSEC_ACTIVE after %d lab ms; %.1f s wall, simulation thread CPU"
                + " %.1f s, max heap used %.0f MiB%n", active, remotes, labMillis, (t2 - t1) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9, maxUsed / 1048576.0);
        Router server = lab.router(SERVER);
        System.out.printf("server: %d remote-access sessions, %d IKE SAs%n", server.engine().remoteAccessSessions().size(),
                server.engine().snapshot().ikeSas().size());

        System.out.printf("  IKE messages to get there (after boot, which sent each first AM1): %s%n", tally);
        tally.reset();
        long cpuHour = threads.getCurrentThreadCpuTime();
        long deliveredBefore = lab.network().deliveredCount();
        maxUsed = HeapFigures.usedHeap();
        for (long s = 0; s < labSeconds; s += 60) {
            time.pass(Math.min(60, labSeconds - s) * 1000);
            maxUsed = Math.max(maxUsed, HeapFigures.usedHeap());
            if (Boolean.getBoolean("bench.timers")) {
                System.out.printf("  lab second %d: %d timers pending%n", s + 60, time.virtualScheduler().pending());
            }
        }
        long t3 = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpuHour;
        long packets = lab.network().deliveredCount() - deliveredBefore;
        // with no traffic and the server's DPD on demand, the informational messages are the remotes' R_U_THEREs and
        // the server's R_U_THERE_ACKs
        long exchanges = tally.informational / 2;
        System.out.printf("lab time %d s: %.1f s wall, %d DPD exchanges (%d packets delivered in all), %.1f us wall and"
                + " %.1f us simulation-thread CPU per exchange%n", labSeconds, (t3 - t2) / 1e9, exchanges, packets,
                (t3 - t2) / 1e3 / Math.max(1, exchanges), cpu / 1e3 / Math.max(1, exchanges));
        System.out.printf("  IKE messages in that time: %s%n", tally);
        int stillActive = countActive(remoteRouters);
        // the server numbers its IKE SAs from 1001: a remote that had reconnected would hold a higher conn-id
        long firstTunnels = server.engine().snapshot().ikeSas().stream().filter(sa -> sa.connId() <= 1000 + remotes).count();
        System.out.printf("at the end: %d of %d remotes IPSEC_ACTIVE, server %d sessions, %d IKE SAs (%d of them the"
                + " first ones)%n", stillActive, remotes, server.engine().remoteAccessSessions().size(),
                server.engine().snapshot().ikeSas().size(), firstTunnels);
        System.out.printf("timeline recording: %d packets kept%n", lab.wireLog().snapshot().packets().size());
        System.gc();
        System.out.printf("heap: max used sampled every lab minute %.0f MiB, live after GC at the end %.0f MiB,"
                + " sum of pool peaks %.0f MiB; total wall %.1f s%n", maxUsed / 1048576.0, HeapFigures.usedHeap() / 1048576.0,
                HeapFigures.peakHeapMiB(), (t3 - t0) / 1e9);
        if (Boolean.getBoolean("bench.histogram")) {
            System.out.println(HeapFigures.histogram());
        }
    }

    /** Counts the IKE messages the lab network carries by exchange type (passing every packet on to the recorder). */
    private static final class IkeTally implements NetworkObserver {
        private final NetworkObserver next;
        long aggressive;
        long transaction;
        long quickMode;
        long informational;
        long other;

        IkeTally(NetworkObserver next) {
            this.next = next;
        }

        @Override
        public void sent(long id, String sender, String receiver, IpPacket packet, long timeMillis) {
            next.sent(id, sender, receiver, packet, timeMillis);
            byte[] p = packet.payload();
            if (packet.protocol() != IpPacket.UDP || packet.destinationPort() != Endpoint.IKE_PORT || p.length < 28) {
                return;
            }
            switch (p[18] & 0xff) {   // the ISAKMP header's exchange type
                case 4 -> aggressive++;
                case 5 -> informational++;
                case 6 -> transaction++;
                case 32 -> quickMode++;
                default -> other++;
            }
        }

        @Override
        public void arrived(long id, long timeMillis) {
            next.arrived(id, timeMillis);
        }

        @Override
        public void lost(long id, String reason, long timeMillis) {
            next.lost(id, reason, timeMillis);
        }

        void reset() {
            aggressive = transaction = quickMode = informational = other = 0;
        }

        @Override
        public String toString() {
            return "Aggressive Mode " + aggressive + ", Transaction " + transaction + ", Quick Mode " + quickMode
                    + ", Informational " + informational + ", other " + other;
        }
    }

    private static int countActive(List<Router> remotes) {
        int n = 0;
        for (Router r : remotes) {
            for (EasyVpnStatus s : r.engine().easyVpnStatus()) {
                if (ACTIVE.equals(s.state())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The remote's outside address: 100.64.0.10 and up, on the server's /10 (as a hub-and-spoke spoke's). */
    static Ipv4Address wan(int i) {
        return HubSpokeBench.wan(i);
    }

    /** The remote's inside network: 10.i.i.0/24. */
    static Ipv4Address lan(int i) {
        return HubSpokeBench.lan(i);
    }

    /**
     * The server as an IOS Easy VPN server is set up (AAA lists, one user per remote, a group with a pool and a split
     * ACL, a dynamic map behind the interface's crypto map) and the remotes as the chapter's example, with the XAUTH
     * answer saved so nobody has to type it.
     */
    static Map<String, String> configs(int remotes, int keepalive) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder server = new StringBuilder();
        server.append("hostname SERVER\n")
                .append("aaa new-model\n")
                .append("aaa authentication login userlist local\n")
                .append("aaa authorization network grouplist local\n");
        for (int i = 0; i < remotes; i++) {
            server.append("username user").append(i).append(" password 0 pw").append(i).append('\n');
        }
        Ipv4Address firstPoolAddress = Ipv4Address.parse("172.16.0.1");
        Ipv4Address lastPoolAddress = new Ipv4Address(firstPoolAddress.bits() + remotes + 99);
        server.append("crypto isakmp policy 10\n encryption aes 256\n authentication pre-share\n group 2\n")
                .append("crypto isakmp keepalive ").append(keepalive).append('\n')
                .append("crypto isakmp client configuration group bench\n key bench-key\n pool EZPOOL\n acl 150\n")
                .append("crypto ipsec transform-set TS esp-aes esp-sha-hmac\n")
                .append("crypto dynamic-map DYN 10\n set transform-set TS\n reverse-route\n")
                .append("crypto map VPN client authentication list userlist\n")
                .append("crypto map VPN isakmp authorization list grouplist\n")
                .append("crypto map VPN client configuration address respond\n")
                .append("crypto map VPN 65535 ipsec-isakmp dynamic DYN\n")
                .append("interface Loopback0\n ip address 192.168.0.1 255.255.255.0\n")
                .append("interface FastEthernet0\n ip address 100.64.0.1 255.192.0.0\n crypto map VPN\n")
                .append("ip local pool EZPOOL ").append(firstPoolAddress).append(' ').append(lastPoolAddress).append('\n')
                .append("access-list 150 permit ip 192.168.0.0 0.0.0.255 any\n");
        out.put(SERVER, server.toString());
        for (int i = 0; i < remotes; i++) {
            out.put(String.format("R%05d", i), "hostname R" + i + "\n"
                    + "crypto isakmp keepalive " + keepalive + " periodic\n"
                    + "crypto ipsec client ezvpn ez\n connect auto\n group bench key bench-key\n mode client\n"
                    + " peer 100.64.0.1\n xauth userid mode local\n username user" + i + " password pw" + i + "\n"
                    + "interface Loopback0\n ip address " + lan(i) + " 255.255.255.0\n crypto ipsec client ezvpn ez inside\n"
                    + "interface FastEthernet0\n ip address " + wan(i) + " 255.192.0.0\n crypto ipsec client ezvpn ez\n"
                    + "ip route 0.0.0.0 0.0.0.0 100.64.0.1\n");
        }
        return out;
    }
}
