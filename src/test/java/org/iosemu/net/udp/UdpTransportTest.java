package org.iosemu.net.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.SystemTimerPort;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.NatTransparency;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.EspTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Two engines in one JVM on loopback addresses, talking real UDP 500/4500. */
class UdpTransportTest {
    private static final Ipv4 MASK24 = Ipv4.parse("255.255.255.0");
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /** One engine with its own single-threaded executor (the router thread) and UDP transport. */
    private final class Node {
        final Ipv4 address;
        final IkeEngine engine;
        final UdpTransport udp;
        final List<String> debug = java.util.Collections.synchronizedList(new ArrayList<>());
        final LinkedBlockingQueue<byte[]> esp = new LinkedBlockingQueue<>();

        Node(String address, long seed) throws SocketException {
            this.address = Ipv4.parse(address);
            ExecutorService routerThread = Executors.newSingleThreadExecutor();
            SystemTimerPort timers = new SystemTimerPort();
            try {
                udp = UdpTransport.bind(this.address, routerThread);
            } catch (SocketException e) {
                routerThread.shutdownNow();
                timers.close();
                Assumptions.assumeTrue(false, "cannot bind UDP 500/4500 on " + address + " (needs root): " + e.getMessage());
                throw e;
            }
            engine = new IkeEngine(udp, timers, RandomPort.seeded(seed), e -> {
                if (e instanceof IkeEvent.Debug d) {
                    debug.add(d.text());
                }
            });
            closeables.add(udp);
            closeables.add(timers);
            closeables.add(routerThread::shutdownNow);
            udp.start(new UdpTransport.Receiver() {
                @Override
                public void onIke(Endpoint local, Endpoint remote, byte[] message) {
                    engine.onDatagram(local, remote, message);
                }

                @Override
                public void onEsp(Endpoint local, Endpoint remote, byte[] packet) {
                    InboundResult r = engine.inboundEsp(remote.ip(), local.ip(), packet);
                    if (r instanceof InboundResult.Decrypted d) {
                        esp.add(d.packet());
                    }
                }
            });
        }

        void configure(String localLan, String remoteLan, String peer) {
            ProxyIdentity acl = new ProxyIdentity(Ipv4.parse(localLan), MASK24, Ipv4.parse(remoteLan), MASK24, 0);
            EspTransform ts = new EspTransform("ts", EspCipher.AES128, EspAuth.SHA, EspMode.TUNNEL);
            ChildPolicy e = new ChildPolicy("m", 10, List.of(PeerCandidate.of(peer)), List.of(ts), List.of(acl), 0, 3600, 4_608_000, address);
            IkeProposal p = new IkeProposal(10, IkeEncryption.AES128, Phase1Hash.SHA256, 14, 86_400);
            engine.onConfigChanged(new IkeConfig(List.of(p), List.of(new PreSharedKey("loopback-key", Ipv4.ANY, Ipv4.ANY)),
                    Optional.of(DpdSettings.periodic(10, 2)), List.of(e), new NatTransparency(true, 5)));
        }
    }

    @AfterEach
    void close() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    private static byte[] icmp(String src, String dst) {
        byte[] p = new byte[28];
        p[0] = 0x45;
        p[3] = 28;
        p[8] = 64;
        p[9] = 1;
        System.arraycopy(Ipv4.parse(src).toBytes(), 0, p, 12, 4);
        System.arraycopy(Ipv4.parse(dst).toBytes(), 0, p, 16, 4);
        p[20] = 8;
        return p;
    }

    @Test
    void mainAndQuickModeOverRealUdpWithoutNat() throws Exception {
        Node a = new Node("127.0.0.2", 1);
        Node b = new Node("127.0.0.3", 2);
        a.configure("10.1.1.0", "10.2.2.0", "127.0.0.3");
        b.configure("10.2.2.0", "10.1.1.0", "127.0.0.2");
        assertInstanceOf(OutboundResult.DroppedSaPending.class, a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), icmp("10.1.1.1", "10.2.2.1")));
        await(() -> a.engine.snapshot().ipsecSas().size() == 1 && b.engine.snapshot().ipsecSas().size() == 1, "IPsec SAs");
        IkeSnapshot.IkeSa sa = a.engine.snapshot().ikeSas().get(0);
        assertEquals("QM_IDLE", sa.state());
        assertEquals(500, sa.remotePort());
        assertTrue(a.debug.stream().anyMatch(l -> l.endsWith("No NAT Found for self or peer")));
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class,
                a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), icmp("10.1.1.1", "10.2.2.1")));
        assertTrue(p.udp().isEmpty(), "no NAT: plain ESP (protocol 50), which needs no UDP socket");
    }

    @Test
    void throughALoopbackNatIkeFloatsAndEspTravelsInUdp4500() throws Exception {
        Node a = new Node("127.0.0.2", 1);
        Node b = new Node("127.0.0.3", 2);
        UdpRelay relay;
        try {
            relay = new UdpRelay(a.address, Ipv4.parse("127.0.0.4"), Ipv4.parse("127.0.0.5"), b.address);
        } catch (SocketException e) {
            Assumptions.assumeTrue(false, "cannot bind the relay: " + e.getMessage());
            return;
        }
        closeables.add(relay);
        a.configure("10.1.1.0", "10.2.2.0", "127.0.0.4");
        b.configure("10.2.2.0", "10.1.1.0", "127.0.0.5");
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), icmp("10.1.1.1", "10.2.2.1"));
        await(() -> a.engine.snapshot().ipsecSas().size() == 1 && b.engine.snapshot().ipsecSas().size() == 1, "IPsec SAs through the NAT");
        assertTrue(a.debug.stream().anyMatch(l -> l.endsWith("NAT found, both nodes inside NAT")), String.join("\n", a.debug));
        IkeSnapshot.IkeSa sa = b.engine.snapshot().ikeSas().get(0);
        assertEquals(4500, sa.localPort());
        assertEquals(4500, sa.remotePort());
        assertTrue(sa.capabilities().contains("N"));

        byte[] ping = icmp("10.1.1.1", "10.2.2.1");
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class, a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), ping));
        OutboundResult.UdpPorts ports = p.udp().orElseThrow();
        a.udp.sendEsp(ports.peerPort(), p.peer(), p.esp());
        byte[] got = b.esp.poll(5, TimeUnit.SECONDS);
        assertArrayEquals(ping, got, "ESP-in-UDP decrypted by the peer");
        assertEquals(1, b.engine.snapshot().ipsecSas().get(0).decaps());

        // DPD keeps working over 4500 in real time: after 12 s both still hold the SA and probes were answered;
        // both think they are behind a NAT, so `crypto isakmp nat keepalive 5` fills the silence with 0xFF
        Thread.sleep(12_000);
        assertTrue(b.udp.keepalivesReceived() >= 1 && a.udp.keepalivesReceived() >= 1,
                "NAT keepalives on 4500: " + a.udp.keepalivesReceived() + "/" + b.udp.keepalivesReceived());
        assertTrue(a.debug.stream().anyMatch(l -> l.contains("sending NAT keepalive packet to 127.0.0.4:4500")));
        assertEquals(1, a.engine.snapshot().ikeSas().size());
        assertTrue(a.debug.stream().anyMatch(l -> l.contains("R_U_THERE")) || b.debug.stream().anyMatch(l -> l.contains("R_U_THERE")),
                "a DPD probe was exchanged");
    }
}
