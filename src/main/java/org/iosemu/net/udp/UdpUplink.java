package org.iosemu.net.udp;

import java.net.SocketException;
import java.util.concurrent.atomic.AtomicLong;
import org.iosemu.capture.CapturedPacket;
import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.lab.Router;
import org.iosemu.lab.Uplink;

/**
 * A lab router's IKE and ESP on real UDP 500/4500 bound to one address (`--udp NAME=ADDR`), for real peers
 * such as strongSwan. Received datagrams run as zero-delay tasks on the lab's scheduler, like lab packets;
 * every datagram crossing the socket is offered to `monitor capture`.
 */
public final class UdpUplink implements Uplink, UdpTransport.Receiver, AutoCloseable {

    private final Router router;
    private final UdpTransport udp;
    private final AtomicLong plainEspDropped = new AtomicLong();

    private UdpUplink(Router router, UdpTransport udp) {
        this.router = router;
        this.udp = udp;
    }

    /** Binds {@code address} (root or CAP_NET_BIND_SERVICE for port 500) and takes over the router's IKE and ESP. */
    public static UdpUplink bind(Router router, Ipv4 address) throws SocketException {
        UdpTransport udp = UdpTransport.bind(address, task -> router.time().scheduler().schedule(0, task));
        UdpUplink uplink = new UdpUplink(router, udp);
        udp.addTap(uplink::capture);
        router.connect(uplink);
        udp.start(uplink);
        return uplink;
    }

    public Ipv4 address() {
        return udp.address();
    }

    public UdpTransport transport() {
        return udp;
    }

    /** ESP the engine wanted to send as IP protocol 50, which needs a raw socket this process does not have. */
    public long plainEspDropped() {
        return plainEspDropped.get();
    }

    @Override
    public DatagramPort ike() {
        return udp; // adds the non-ESP marker on 4500 and sends keepalives
    }

    @Override
    public void sendEsp(OutboundResult.Protected p) {
        if (p.udp().isPresent()) {
            udp.sendEsp(p.udp().get().peerPort(), p.peer(), p.esp());
        } else {
            plainEspDropped.incrementAndGet();
        }
    }

    @Override
    public void onIke(Endpoint local, Endpoint remote, byte[] message) {
        router.receiveIke(local, remote, message);
    }

    @Override
    public void onEsp(Endpoint local, Endpoint remote, byte[] esp) {
        router.receiveEsp(remote.ip(), local.ip(), esp);
    }

    /** Every datagram on the bound address crosses the interface that owns it. */
    private void capture(Endpoint src, Endpoint dst, byte[] payload) {
        boolean inbound = dst.ip().equals(udp.address());
        Ipv4 ours = inbound ? dst.ip() : src.ip();
        String ifName = router.context().config().current().interfaces().stream()
                .filter(i -> i.address().filter(a -> Ipv4.parse(a.address()).equals(ours)).isPresent())
                .map(i -> i.name().toString()).findFirst().orElse("unknown");
        // wall-clock stamps: a pcap is read next to the peer's capture
        router.context().captures().onPacket(CapturedPacket.udp(System.currentTimeMillis(), ifName, inbound,
                src.ip(), src.port(), dst.ip(), dst.port(), payload));
    }

    @Override
    public void close() {
        udp.close();
    }
}
