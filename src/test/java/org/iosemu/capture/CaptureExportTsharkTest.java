package org.iosemu.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.RandomPort;
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
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.iosemu.ike.testing.VirtualScheduler;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Ipv4Datagram;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A NAT-T session between two engines, captured on the outside router B, exported as pcap and read by tshark
 * with the keys of the hidden key command: every frame must dissect as ISAKMP or ESP, none malformed, and the
 * encrypted R-U-THERE and the ICMP inside ESP must be visible.
 */
class CaptureExportTsharkTest {
    private static final Ipv4 INSIDE = Ipv4.parse("192.168.1.10");
    private static final Ipv4 PUBLIC = Ipv4.parse("198.51.100.7");
    private static final Ipv4 B = Ipv4.parse("203.0.113.9");
    private static final Ipv4 MASK24 = Ipv4.parse("255.255.255.0");

    /** Kept after the run so a learner (or a failing test's reader) can open it in Wireshark. */
    private static final Path OUT = Path.of("target", "capture");

    private static IkeConfig site(Ipv4 local, String lan, String remoteLan, Ipv4 peer, boolean aes) {
        ProxyIdentity acl = new ProxyIdentity(Ipv4.parse(lan), MASK24, Ipv4.parse(remoteLan), MASK24, 0);
        EspTransform ts = aes ? new EspTransform("t", EspCipher.AES128, EspAuth.SHA256, EspMode.TUNNEL)
                : new EspTransform("t", EspCipher.TRIPLE_DES, EspAuth.SHA, EspMode.TUNNEL);
        IkeProposal p = aes ? new IkeProposal(1, IkeEncryption.AES128, Phase1Hash.SHA256, 14, 86_400)
                : new IkeProposal(1, IkeEncryption.TRIPLE_DES, Phase1Hash.SHA, 2, 86_400);
        ChildPolicy e = new ChildPolicy("m", 10, List.of(new PeerCandidate(peer, false)), List.of(ts), List.of(acl), 0, 3600, 4_608_000, local);
        return new IkeConfig(List.of(p), List.of(new PreSharedKey("k", Ipv4.ANY, Ipv4.ANY)), Optional.of(DpdSettings.periodic(10, 2)), List.of(e));
    }

    private static byte[] ping(String src, String dst, boolean request) {
        byte[] icmp = new IcmpEcho(request, 7, 1, new byte[32]).encode();
        return Ipv4Datagram.encode(new IpPacket(Ipv4Address.parse(src), Ipv4Address.parse(dst), IpPacket.ICMP, 0, 0, icmp), 1, 64);
    }

    /** Runs the session and returns what B's interface saw plus B's key lines. */
    private record Session(List<CapturedPacket> packets, List<String> keys) {
    }

    private static Session session(boolean aes) {
        VirtualScheduler clock = new VirtualScheduler(1_700_000_000_000L);
        InMemoryNetwork net = new InMemoryNetwork(clock, 5);
        net.addNat(INSIDE, PUBLIC);
        IkeEngine a = new IkeEngine(net.portFor(INSIDE), clock, RandomPort.seeded(1), e -> { });
        IkeEngine b = new IkeEngine(net.portFor(B), clock, RandomPort.seeded(2), e -> { });
        net.attach(INSIDE, a);
        net.attach(B, b);
        a.onConfigChanged(site(INSIDE, "10.1.1.0", "10.2.2.0", B, aes));
        b.onConfigChanged(site(B, "10.2.2.0", "10.1.1.0", PUBLIC, aes));
        a.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), ping("10.1.1.1", "10.2.2.1", true));
        clock.advance(1_000);

        List<CapturedPacket> seen = new ArrayList<>();
        // ESP-in-UDP both ways, as B's interface sees it (A's packets arrive from the NAT's public side)
        OutboundResult.Protected req = assertInstanceOf(OutboundResult.Protected.class,
                a.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), ping("10.1.1.1", "10.2.2.1", true)));
        int natPort = b.snapshot().ikeSas().get(0).remotePort();
        seen.add(CapturedPacket.udp(clock.now(), "FastEthernet0/0", true, PUBLIC, natPort, B, 4500, req.esp()));
        assertInstanceOf(InboundResult.Decrypted.class, b.inboundEsp(PUBLIC, B, req.esp()));
        OutboundResult.Protected rep = assertInstanceOf(OutboundResult.Protected.class,
                b.outbound(Ipv4.parse("10.2.2.1"), Ipv4.parse("10.1.1.1"), ping("10.2.2.1", "10.1.1.1", false)));
        seen.add(CapturedPacket.udp(clock.now(), "FastEthernet0/0", false, B, 4500, PUBLIC, rep.udp().orElseThrow().peerPort(), rep.esp()));
        clock.advance(25_000); // DPD R-U-THERE/ACK on 4500

        for (InMemoryNetwork.Datagram d : net.sent()) {
            if (d.from().ip().equals(B)) {
                seen.add(udp(d.time(), false, d.from(), d.to(), d.payload()));
            }
        }
        for (InMemoryNetwork.Datagram d : net.delivered()) {
            if (d.to().ip().equals(B)) {
                seen.add(udp(d.time(), true, d.from(), d.to(), d.payload()));
            }
        }
        // the virtual clock gives a request and its immediate answer the same time: received goes first
        seen.sort(Comparator.comparingLong(CapturedPacket::timeMillis).thenComparing(p -> !p.inbound()));
        return new Session(seen, WiresharkKeys.lines(b.keyLog()));
    }

    /** IKE as it is on the wire: with the non-ESP marker on port 4500. */
    private static CapturedPacket udp(long time, boolean inbound, Endpoint from, Endpoint to, byte[] ike) {
        byte[] payload = ike;
        if (from.port() == 4500 || to.port() == 4500) {
            payload = new byte[ike.length + 4];
            System.arraycopy(ike, 0, payload, 4, ike.length);
        }
        return CapturedPacket.udp(time, "FastEthernet0/0", inbound, from.ip(), from.port(), to.ip(), to.port(), payload);
    }

    private static List<String> tshark(Path pcap, List<String> keys, String... args) throws IOException, InterruptedException {
        return Tshark.run(pcap, keys, args);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void exportedPcapDissectsCompletelyAndDecryptsWithTheKeyCommand(boolean aes) throws Exception {
        Assumptions.assumeTrue(Tshark.installed(), "tshark not installed (see .ci/run)");
        Session s = session(aes);
        CaptureRegistry registry = new CaptureRegistry();
        registry.attach("cap", "FastEthernet0/0", CapturePoint.Direction.BOTH);
        assertEquals(List.of("Started capture point : cap"), registry.start("cap"));
        s.packets().forEach(registry::onPacket);
        registry.onPacket(CapturedPacket.udp(0, "Loopback0", true, B, 1, B, 2, new byte[] {1})); // other interface: not captured
        Files.createDirectories(OUT);
        Path file = OUT.resolve("nat-t-" + (aes ? "aes" : "3des") + ".pcap");
        Files.write(OUT.resolve("nat-t-" + (aes ? "aes" : "3des") + ".keys.txt"), s.keys());
        assertEquals(List.of("Exported Successfully"), registry.export("cap", file.toString()));

        List<String> frames = tshark(file, s.keys(), "-T", "fields", "-e", "frame.number", "-e", "frame.protocols");
        assertEquals(s.packets().size(), frames.size(), "every captured packet is a frame");
        for (String f : frames) {
            assertTrue(f.contains("eth:ethertype:ip:udp") && (f.endsWith(":isakmp") || f.contains(":esp")), "dissected: " + f);
        }
        assertEquals(List.of(), Tshark.malformed(file, s.keys()), "no malformed frames");
        assertTrue(tshark(file, s.keys(), "-Y", "udp.port == 4500 && isakmp").size() >= 4, "IKE on 4500 behind the non-ESP marker");
        assertTrue(!tshark(file, s.keys(), "-Y", "isakmp.notify.msgtype == 36136").isEmpty(), "R-U-THERE decrypted with the key lines");
        assertTrue(!tshark(file, s.keys(), "-Y", "isakmp.notify.msgtype == 36137").isEmpty(), "R-U-THERE-ACK decrypted");
        assertEquals(2, tshark(file, s.keys(), "-Y", "esp && icmp").size(), "ICMP inside ESP-in-UDP decrypted");
        assertEquals(List.of(), tshark(file, List.of(), "-Y", "isakmp.notify.msgtype == 36136"), "without keys nothing is readable");
    }

    @Test
    void bufferBriefListsPacketsOfTheCapturedInterfaceOnly() {
        CaptureRegistry r = new CaptureRegistry();
        assertTrue(r.start("x").get(0).contains("does not exist"));
        r.attach("x", "FastEthernet0/0", CapturePoint.Direction.IN);
        r.onPacket(CapturedPacket.udp(1000, "FastEthernet0/0", true, B, 500, PUBLIC, 500, new byte[28]));
        r.start("x");
        r.onPacket(CapturedPacket.udp(1000, "FastEthernet0/0", true, PUBLIC, 500, B, 500, new byte[28]));
        r.onPacket(CapturedPacket.udp(1500, "FastEthernet0/0", false, B, 500, PUBLIC, 500, new byte[28]));
        r.onPacket(CapturedPacket.udp(2000, "FastEthernet0/1", true, PUBLIC, 500, B, 500, new byte[28]));
        r.stop("x");
        r.onPacket(CapturedPacket.udp(3000, "FastEthernet0/0", true, PUBLIC, 500, B, 500, new byte[28]));
        List<String> brief = r.bufferBrief("x");
        assertEquals(4, brief.size(), String.join("\n", brief));
        assertTrue(brief.get(3).matches(" +0 +70 +0\\.000000  198\\.51\\.100\\.7 +-> +203\\.0\\.113\\.9 +UDP"), brief.get(3));
    }
}
