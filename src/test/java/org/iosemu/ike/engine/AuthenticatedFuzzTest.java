package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.codec.Attribute;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.Transform;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.iosemu.ike.testing.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * Structure-aware fuzzing past the crypto: the peer's real SA keys encrypt and correctly hash random quick
 * mode and informational contents (odd proposals, attributes, IDs, notifies, deletes), so the exchange logic
 * itself is exercised. No exception may escape and the tunnel must survive.
 */
class AuthenticatedFuzzTest {
    private static final Ipv4 A = Ipv4.parse("10.1.32.14");
    private static final Ipv4 B = Ipv4.parse("10.2.80.209");

    @Test
    void authenticatedGarbageNeverBreaksTheEngine() {
        VirtualScheduler clock = new VirtualScheduler(0);
        InMemoryNetwork net = new InMemoryNetwork(clock, 0);
        EngineCore a = new EngineCore(net.portFor(A), clock, RandomPort.seeded(1), e -> { });
        EngineCore b = new EngineCore(net.portFor(B), clock, RandomPort.seeded(2), e -> { });
        net.attach(A, a::onDatagram);
        net.attach(B, b::onDatagram);
        a.onConfigChanged(Lab.site(A, "10.1.1.0", "10.2.2.0", B.toString(), Optional.of(DpdSettings.periodic(10, 2))));
        b.onConfigChanged(Lab.site(B, "10.2.2.0", "10.1.1.0", A.toString(), Optional.empty()));
        a.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        clock.runPending();
        Phase1Sa sa = b.ikeSas().get(0);
        Random rnd = new Random(99);
        int n = Boolean.getBoolean("iosemu.long") ? 200_000 : 20_000;
        for (int i = 0; i < n; i++) {
            List<Payload> body = randomPayloads(rnd, sa);
            int mid = rnd.nextInt();
            if (mid == 0) {
                continue;
            }
            byte[] hash = sa.crypto.hash1(sa.keys.skeyidA(), mid, IsakmpCodec.encodePayloads(body));
            List<Payload> all = new ArrayList<>();
            all.add(new Payload.Hash(hash));
            all.addAll(body);
            int exchange = rnd.nextBoolean() ? ExchangeType.QUICK_MODE : ExchangeType.INFORMATIONAL;
            byte[] msg = MessageCrypto.seal(sa, new IsakmpHeader(sa.ckyI, sa.ckyR, 0, 0x10, exchange, 0, mid, 0), all);
            sa.phase2Iv.remove(mid);
            a.onDatagram(Endpoint.ike(A), Endpoint.ike(B), msg);
            if (i % 64 == 0) {
                clock.runPending();
            }
        }
        clock.runPending();
        assertEquals("QM_IDLE", a.ikeSas().get(0).mmState);
        assertInstanceOf(OutboundResult.Protected.class, a.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 2)));
        clock.runUntil(clock.now() + 60_000);
        assertEquals(1, a.ikeSas().size(), "DPD still answered");
    }

    /**
     * Authenticated Transaction messages with random attribute payloads (any message type, XAUTH, Mode Config and
     * Unity attributes in TV and TLV form with random values) from the server to the remote and from the remote to
     * the server of an Easy VPN tunnel: out-of-turn messages are ignored, nothing escapes, the tunnel stays up.
     */
    @Test
    void authenticatedTransactionGarbageNeverBreaksEasyVpn() {
        VirtualScheduler clock = new VirtualScheduler(0);
        InMemoryNetwork net = new InMemoryNetwork(clock, 0);
        EngineCore remote = new EngineCore(net.portFor(A), clock, RandomPort.seeded(1), e -> { });
        EngineCore server = new EngineCore(net.portFor(B), clock, RandomPort.seeded(2), e -> { });
        net.attach(A, remote::onDatagram);
        net.attach(B, server::onDatagram);
        EasyVpnTest.Pool pool = new EasyVpnTest.Pool("192.168.20.10", 3);
        server.onConfigChanged(EasyVpnTest.serverConfig(B, pool, true));
        remote.onConfigChanged(EasyVpnTest.remoteConfig(A, List.of(B.toString()),
                Optional.of(new org.iosemu.ike.config.EasyVpnRemote.Credentials("ra1", "ra1pwd")), Optional.of(DpdSettings.periodic(10, 2))));
        clock.runPending();
        assertEquals("IPSEC_ACTIVE", remote.easyVpnStatus().get(0).state());
        Phase1Sa serverSa = server.ikeSas().get(0);
        Phase1Sa remoteSa = remote.ikeSas().get(0);
        Random rnd = new Random(77);
        int n = Boolean.getBoolean("iosemu.long") ? 200_000 : 20_000;
        for (int i = 0; i < n; i++) {
            boolean toRemote = rnd.nextBoolean();
            Phase1Sa sender = toRemote ? serverSa : remoteSa;
            int mid = rnd.nextInt();
            if (mid == 0) {
                continue;
            }
            List<Payload> body = List.of(new Payload.Attributes(1 + rnd.nextInt(5), rnd.nextInt(65536), randomConfigAttributes(rnd)));
            byte[] hash = sender.crypto.hash1(sender.keys.skeyidA(), mid, IsakmpCodec.encodePayloads(body));
            List<Payload> all = new ArrayList<>();
            all.add(new Payload.Hash(hash));
            all.addAll(body);
            byte[] msg = MessageCrypto.seal(sender, new IsakmpHeader(sender.ckyI, sender.ckyR, 0, 0x10, ExchangeType.TRANSACTION, 0, mid, 0), all);
            sender.phase2Iv.remove(mid);
            if (toRemote) {
                remote.onDatagram(Endpoint.ike(A), Endpoint.ike(B), msg);
            } else {
                server.onDatagram(Endpoint.ike(B), Endpoint.ike(A), msg);
            }
            if (i % 64 == 0) {
                clock.runPending();
            }
        }
        clock.runPending();
        assertEquals("IPSEC_ACTIVE", remote.easyVpnStatus().get(0).state());
        assertEquals(List.of(Ipv4.parse("192.168.20.10")), pool.inUse);
        assertInstanceOf(OutboundResult.Protected.class,
                remote.outbound(Ipv4.parse("192.168.20.10"), Ipv4.parse("10.2.2.1"), Lab.icmp("192.168.20.10", "10.2.2.1", 2)));
        clock.runUntil(clock.now() + 60_000);
        assertEquals(1, remote.ikeSas().size(), "DPD still answered");
    }

    private static List<Attribute> randomConfigAttributes(Random r) {
        List<Attribute> attrs = new ArrayList<>();
        for (int k = r.nextInt(8); k > 0; k--) {
            int type = pick(r, 1, 2, 3, 4, 5, 7, 16520, 16521, 16522, 16524, 16527, 16529, 28672, 28673, 28674, 28675, 28676, 28678, 28679,
                    28681, 99, 0x7fff);
            attrs.add(r.nextInt(3) == 0 ? Attribute.tv(type, pick(r, 0, 1, 2, 0xffff, r.nextInt(65536)))
                    : new Attribute(type, false, bytes(r, pick(r, 0, 2, 4, 14, 28, 40))));
        }
        return attrs;
    }

    private static byte[] bytes(Random r, int max) {
        byte[] b = new byte[r.nextInt(max + 1)];
        r.nextBytes(b);
        return b;
    }

    private static int pick(Random r, int... values) {
        return values[r.nextInt(values.length)];
    }

    private static List<Payload> randomPayloads(Random r, Phase1Sa sa) {
        List<Payload> out = new ArrayList<>();
        int count = r.nextInt(6);
        for (int i = 0; i < count; i++) {
            switch (r.nextInt(7)) {
                case 0 -> {
                    List<Attribute> attrs = new ArrayList<>();
                    for (int k = r.nextInt(8); k > 0; k--) {
                        attrs.add(r.nextBoolean() ? Attribute.tv(pick(r, 1, 2, 3, 4, 5, 6, 7, 99), pick(r, 0, 1, 2, 3, 4, 5, 12, 14, 15, 61443, 0xffff))
                                : new Attribute(pick(r, 1, 2, 6), false, bytes(r, 9)));
                    }
                    Transform t = new Transform(1, pick(r, 2, 3, 12, 99), attrs);
                    out.add(new Payload.Sa(1, 1, List.of(new Proposal(1, pick(r, 1, 3, 4), bytes(r, 5), List.of(t)))));
                }
                case 1 -> out.add(new Payload.Nonce(bytes(r, 40)));
                case 2 -> out.add(new Payload.Identification(pick(r, 1, 4, 2, 11), r.nextInt(256), r.nextInt(65536), bytes(r, 9)));
                case 3 -> out.add(new Payload.KeyExchange(bytes(r, 200)));
                case 4 -> out.add(new Payload.Notify(1, pick(r, 1, 3), pick(r, 14, 24576, 36136, 36137, 1), r.nextBoolean() ? sa.cookies() : bytes(r, 8), bytes(r, 6)));
                case 5 -> {
                    int proto = pick(r, 1, 3, 2);
                    int size = proto == 1 ? pick(r, 16, 8) : pick(r, 4, 2);
                    List<byte[]> spis = new ArrayList<>();
                    for (int k = r.nextInt(3); k > 0; k--) {
                        byte[] spi = new byte[size];
                        r.nextBytes(spi);
                        spis.add(spi);
                    }
                    out.add(new Payload.Delete(1, proto, size, spis));
                }
                default -> out.add(new Payload.VendorId(bytes(r, 20)));
            }
        }
        return out;
    }
}
