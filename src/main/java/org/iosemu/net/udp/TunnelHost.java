package org.iosemu.net.udp;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Ipv4Datagram;

/**
 * The router's IP host for traffic with real peers: sends its own packets through the crypto map (as
 * UDP-encapsulated ESP, the only ESP a Java process can put on the wire), answers ICMP echo requests that
 * arrive decrypted for one of its addresses, and hands echo replies to a waiting `ping`.
 */
final class TunnelHost {
    private final IkeEngine engine;
    private final UdpTransport udp;
    private final Supplier<Set<Ipv4>> ownAddresses;
    private final BlockingQueue<IcmpEcho> replies = new LinkedBlockingQueue<>();
    private final AtomicLong noUdpEncapsulation = new AtomicLong();
    private final AtomicLong echoesAnswered = new AtomicLong();
    private int identification;

    TunnelHost(IkeEngine engine, UdpTransport udp, Supplier<Set<Ipv4>> ownAddresses) {
        this.engine = engine;
        this.udp = udp;
        this.ownAddresses = ownAddresses;
    }

    /** A packet this router originates or forwards: encrypted when a crypto map covers it. */
    synchronized OutboundResult send(Ipv4 src, Ipv4 dst, int protocol, byte[] payload) {
        byte[] packet = Ipv4Datagram.encode(new IpPacket(new Ipv4Address(src.bits()), new Ipv4Address(dst.bits()), protocol, 0, 0, payload),
                ++identification & 0xffff, 255);
        OutboundResult r = engine.outbound(src, dst, packet);
        if (r instanceof OutboundResult.Protected p) {
            if (p.udp().isPresent()) {
                udp.sendEsp(p.udp().get().peerPort(), p.peer(), p.esp());
            } else {
                noUdpEncapsulation.incrementAndGet(); // plain ESP needs a raw socket: not available here
            }
        }
        return r;
    }

    /** ESP-in-UDP received on 4500. */
    void onEsp(Ipv4 src, Ipv4 dst, byte[] esp) {
        if (!(engine.inboundEsp(src, dst, esp) instanceof InboundResult.Decrypted d)) {
            return;
        }
        Optional<IpPacket> inner = Ipv4Datagram.decode(d.packet());
        if (inner.isEmpty() || inner.get().protocol() != IpPacket.ICMP) {
            return;
        }
        IpPacket p = inner.get();
        Optional<IcmpEcho> echo = IcmpEcho.decode(p.payload());
        if (echo.isEmpty()) {
            return;
        }
        Ipv4 from = new Ipv4(p.source().bits());
        Ipv4 to = new Ipv4(p.destination().bits());
        if (echo.get().request() && ownAddresses.get().contains(to)) {
            echoesAnswered.incrementAndGet();
            send(to, from, IpPacket.ICMP, echo.get().reply().encode());
        } else if (!echo.get().request()) {
            replies.add(echo.get());
        }
    }

    /** Waits for the echo reply with this identifier and sequence (older replies are discarded). */
    Optional<IcmpEcho> awaitReply(int identifier, int sequence, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        for (long left = timeoutMillis; left > 0; left = end - System.currentTimeMillis()) {
            IcmpEcho e = replies.poll(left, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (e != null && e.identifier() == identifier && e.sequence() == sequence) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    long echoesAnswered() {
        return echoesAnswered.get();
    }

    long droppedWithoutUdpEncapsulation() {
        return noUdpEncapsulation.get();
    }
}
