package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.Pcap;
import org.iosemu.ike.codec.DecodeException;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.junit.jupiter.api.Test;

/**
 * Feeds mutated packets (bit flips, truncations, extensions, random bytes, spliced real packets) through the
 * decoder and into both engines of an established tunnel. Nothing but DecodeException may leave the decoder,
 * nothing at all may leave the engine, and the tunnel must keep working afterwards.
 */
class FuzzTest {
    private static final boolean LONG = Boolean.getBoolean("iosemu.long");
    private static final int PACKETS = LONG ? 2_000_000 : 100_000;

    @Test
    void mutatedPacketsNeverEscapeOrDisturbTheTunnel() throws Exception {
        Lab lab = new Lab();
        Lab.Router a = lab.router("10.1.32.14", 3);
        Lab.Router b = lab.router("10.2.80.209", 4);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", "10.2.80.209", Optional.of(DpdSettings.periodic(10, 2))));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", "10.1.32.14", Optional.empty()));
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        lab.settle();
        lab.scheduler.advance(25_000);
        IkeSnapshot before = a.engine.snapshot();
        assertEquals(1, before.ipsecSas().size());

        List<InMemoryNetwork.Datagram> corpus = new ArrayList<>(lab.network.sent());
        List<byte[]> real = new ArrayList<>();
        for (String s : List.of("A-mm-qm-esp-dpd-dut-killed", "C-aes128-sha256-modp2048-graceful-delete", "D-backend-none-udp500-no-natt")) {
            Pcap.read(s + ".pcap").stream().filter(Pcap.Packet::isakmp).forEach(p -> real.add(p.data()));
        }
        Random rnd = new Random(LONG ? System.nanoTime() : 20261127L);
        Endpoint ea = Endpoint.ike(a.address);
        Endpoint eb = Endpoint.ike(b.address);
        int decoded = 0;
        for (int n = 0; n < PACKETS; n++) {
            byte[] seed;
            Endpoint from;
            Endpoint to;
            if (rnd.nextInt(4) == 0) {
                seed = real.get(rnd.nextInt(real.size()));
                from = rnd.nextBoolean() ? ea : eb;
            } else {
                InMemoryNetwork.Datagram d = corpus.get(rnd.nextInt(corpus.size()));
                seed = d.payload();
                from = d.from();
            }
            to = from.equals(ea) ? eb : ea;
            byte[] m = mutate(seed, rnd);
            try {
                IsakmpCodec.decode(m);
                decoded++;
            } catch (DecodeException expected) {
                // the only allowed failure
            }
            (to.equals(ea) ? a : b).engine.onDatagram(to, from, m);
            if (n % 256 == 0) {
                lab.settle();
            }
        }
        lab.settle();
        assertTrue(decoded > 0, "some mutations still decode");
        if (Boolean.getBoolean("fuzz.stats")) {
            java.util.Map<String, Long> stats = new java.util.TreeMap<>();
            for (Lab.Router r : List.of(a, b)) {
                for (String line : r.debug()) {
                    String k = line.replaceAll("[0-9a-fA-F.:-]{4,}", "#").replaceAll("\\d+", "#");
                    stats.merge(k.length() > 90 ? k.substring(0, 90) : k, 1L, Long::sum);
                }
            }
            stats.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(40).forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
        }

        IkeSnapshot after = a.engine.snapshot();
        IkeSnapshot.IkeSa ike = after.ikeSas().stream().filter(s -> s.connId() == 1001).findFirst().orElseThrow();
        assertEquals("QM_IDLE", ike.state());
        assertEquals(before.ipsecSas().get(0).spiIn(), after.ipsecSas().get(0).spiIn());
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class,
                a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 9)));
        assertArrayEquals(Lab.icmp("10.1.1.1", "10.2.2.1", 9), assertInstanceOf(InboundResult.Decrypted.class, b.engine.inboundEsp(p.local(), p.peer(), p.esp())).packet());
        int acksBefore = a.debugTimed("DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence").size();
        lab.scheduler.advance(30_000);
        assertEquals(acksBefore + 3, a.debugTimed("DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence").size(), "DPD still acknowledged");
        assertEquals(0, a.debugTimed("not responding").size());
    }

    /**
     * The same for Aggressive Mode: mutated AM1/AM2/AM3 (and what follows on that SA) reach a remote and a server
     * that know a group; the server's catch-all key line lets mutated address identities get as far as a
     * half-open SA. The live SAs stay as they were.
     */
    @Test
    void mutatedAggressiveModePacketsNeverEscapeOrDisturbTheTunnel() {
        Lab lab = new Lab();
        Lab.Router a = lab.router("10.1.32.14", 3);
        Lab.Router b = lab.router("10.2.80.209", 4);
        a.engine.onConfigChanged(AggressiveModeTest.remoteConfig(a.address, "10.2.80.209", AggressiveModeTest.GROUP, AggressiveModeTest.KEY,
                Optional.of(DpdSettings.periodic(10, 2))));
        b.engine.onConfigChanged(AggressiveModeTest.serverConfig(b.address, "10.1.32.14"));
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        lab.settle();
        lab.scheduler.advance(25_000);
        IkeSnapshot before = b.engine.snapshot();
        assertEquals(1, before.ipsecSas().size());

        List<InMemoryNetwork.Datagram> corpus = new ArrayList<>(lab.network.sent());
        Random rnd = new Random(LONG ? System.nanoTime() : 20261206L);
        Endpoint ea = Endpoint.ike(a.address);
        Endpoint eb = Endpoint.ike(b.address);
        for (int n = 0; n < PACKETS; n++) {
            InMemoryNetwork.Datagram d = corpus.get(rnd.nextInt(corpus.size()));
            byte[] m = mutate(d.payload(), rnd);
            try {
                IsakmpCodec.decode(m);
            } catch (DecodeException expected) {
                // the only allowed failure
            }
            Endpoint from = d.from().ip().equals(a.address) ? ea : eb;
            Endpoint to = from.equals(ea) ? eb : ea;
            (to.equals(ea) ? a : b).engine.onDatagram(to, from, m);
            if (n % 256 == 0) {
                lab.settle();
            }
        }
        lab.settle();

        IkeSnapshot after = b.engine.snapshot();
        assertEquals("QM_IDLE", after.ikeSas().stream().filter(s -> s.connId() == 1001).findFirst().orElseThrow().state());
        assertEquals(before.ipsecSas().get(0).spiIn(), after.ipsecSas().get(0).spiIn());
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class,
                a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 9)));
        assertArrayEquals(Lab.icmp("10.1.1.1", "10.2.2.1", 9), assertInstanceOf(InboundResult.Decrypted.class, b.engine.inboundEsp(p.local(), p.peer(), p.esp())).packet());
        int acksBefore = a.debugTimed("DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence").size();
        lab.scheduler.advance(30_000);
        assertEquals(acksBefore + 3, a.debugTimed("DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence").size(), "DPD still acknowledged");
    }

    /**
     * The same for Easy VPN: mutated Aggressive Mode, XAUTH and Mode Config (Transaction exchange) and Quick Mode
     * packets of a remote and a server reach both; the remote stays IPSEC_ACTIVE, the server keeps its IKE SA, the
     * address it assigned and the IPsec SA, and the tunnel still carries traffic and answers DPD.
     */
    @Test
    void mutatedEasyVpnPacketsNeverEscapeOrDisturbTheTunnel() {
        Lab lab = new Lab();
        Lab.Router server = lab.router("10.2.80.209", 6);
        Lab.Router remote = lab.router("10.1.32.14", 5);
        EasyVpnTest.Pool pool = new EasyVpnTest.Pool("192.168.20.10", 3);
        server.engine.onConfigChanged(EasyVpnTest.serverConfig(server.address, pool, true));
        remote.engine.onConfigChanged(EasyVpnTest.remoteConfig(remote.address, List.of("10.2.80.209"),
                Optional.of(new org.iosemu.ike.config.EasyVpnRemote.Credentials("ra1", "ra1pwd")), Optional.of(DpdSettings.periodic(10, 2))));
        lab.settle();
        assertEquals("IPSEC_ACTIVE", remote.engine.easyVpnStatus().get(0).state());
        IkeSnapshot before = server.engine.snapshot();

        List<InMemoryNetwork.Datagram> corpus = new ArrayList<>(lab.network.sent());
        assertTrue(corpus.stream().anyMatch(d -> (d.payload()[18] & 0xff) == org.iosemu.ike.codec.ExchangeType.TRANSACTION));
        Random rnd = new Random(LONG ? System.nanoTime() : 20261207L);
        Endpoint er = Endpoint.ike(remote.address);
        Endpoint es = Endpoint.ike(server.address);
        for (int n = 0; n < PACKETS; n++) {
            InMemoryNetwork.Datagram d = corpus.get(rnd.nextInt(corpus.size()));
            byte[] m = mutate(d.payload(), rnd);
            try {
                IsakmpCodec.decode(m);
            } catch (DecodeException expected) {
                // the only allowed failure
            }
            Endpoint from = d.from().ip().equals(remote.address) ? er : es;
            Endpoint to = from.equals(er) ? es : er;
            (to.equals(er) ? remote : server).engine.onDatagram(to, from, m);
            if (n % 256 == 0) {
                lab.settle();
            }
        }
        lab.settle();

        assertEquals("IPSEC_ACTIVE", remote.engine.easyVpnStatus().get(0).state());
        IkeSnapshot after = server.engine.snapshot();
        assertEquals("QM_IDLE", after.ikeSas().stream().filter(s -> s.connId() == 1001).findFirst().orElseThrow().state());
        assertEquals(before.ipsecSas().get(0).spiIn(), after.ipsecSas().get(0).spiIn());
        assertEquals(List.of(Ipv4.parse("192.168.20.10")), pool.inUse, "the assigned address stays taken, and only it");
        OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class,
                remote.engine.outbound(Ipv4.parse("192.168.20.10"), Ipv4.parse("10.2.2.1"), Lab.icmp("192.168.20.10", "10.2.2.1", 9)));
        assertArrayEquals(Lab.icmp("192.168.20.10", "10.2.2.1", 9),
                assertInstanceOf(InboundResult.Decrypted.class, server.engine.inboundEsp(p.local(), p.peer(), p.esp())).packet());
        int acksBefore = remote.debugTimed("DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence").size();
        lab.scheduler.advance(30_000);
        assertEquals(acksBefore + 3, remote.debugTimed("DPD/R_U_THERE_ACK received from peer 10.2.80.209, sequence").size(), "DPD still acknowledged");
    }

    @Test
    void espGarbageIsDropped() {
        Lab lab = new Lab();
        Lab.Router a = lab.router("10.1.32.14", 3);
        Lab.Router b = lab.router("10.2.80.209", 4);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", "10.2.80.209", Optional.empty()));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", "10.1.32.14", Optional.empty()));
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        lab.settle();
        OutboundResult.Protected p = (OutboundResult.Protected) a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 2));
        Random rnd = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] m = mutate(p.esp(), rnd);
            if (Arrays.equals(m, p.esp())) {
                continue;
            }
            assertInstanceOf(InboundResult.Dropped.class, b.engine.inboundEsp(p.local(), p.peer(), m));
        }
        assertInstanceOf(InboundResult.Decrypted.class, b.engine.inboundEsp(p.local(), p.peer(), p.esp()));
        assertInstanceOf(InboundResult.Dropped.class, b.engine.inboundEsp(p.local(), p.peer(), p.esp()), "replayed ESP packet");
        assertEquals(1, b.engine.snapshot().ipsecSas().get(0).decaps());
    }

    static byte[] mutate(byte[] seed, Random rnd) {
        byte[] m = seed.clone();
        switch (rnd.nextInt(7)) {
            case 0, 1 -> {
                int flips = 1 + rnd.nextInt(8);
                for (int i = 0; i < flips && m.length > 0; i++) {
                    int bit = rnd.nextInt(m.length * 8);
                    m[bit / 8] ^= (byte) (1 << (bit % 8));
                }
            }
            case 2 -> m = Arrays.copyOf(m, rnd.nextInt(m.length + 1));
            case 3 -> {
                m = Arrays.copyOf(m, m.length + 1 + rnd.nextInt(64));
                for (int i = seed.length; i < m.length; i++) {
                    m[i] = (byte) rnd.nextInt();
                }
            }
            case 4 -> {
                m = new byte[rnd.nextInt(400)];
                rnd.nextBytes(m);
                if (m.length >= 28 && rnd.nextBoolean()) {
                    System.arraycopy(seed, 0, m, 0, Math.min(28, seed.length));
                }
            }
            case 5 -> {
                // keep the header (cookies, message ID) of a live packet and randomise the body
                for (int i = 28; i < m.length; i++) {
                    m[i] = (byte) rnd.nextInt();
                }
            }
            default -> {
                // corrupt a 16/32-bit field (lengths, counts, types) with boundary values
                if (m.length > 2) {
                    int at = rnd.nextInt(m.length - 1);
                    int[] values = {0, 1, 0xff, 0x7f, 0x80, 4, 8};
                    m[at] = (byte) values[rnd.nextInt(values.length)];
                    m[at + 1] = (byte) values[rnd.nextInt(values.length)];
                }
            }
        }
        return m;
    }
}
