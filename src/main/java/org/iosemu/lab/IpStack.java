package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Ipv4Datagram;
import org.iosemu.net.NetworkNode;
import org.iosemu.net.VirtualNetwork;

/**
 * A router's IP layer on the lab network: UDP/500 to the IKE engine, ESP through it, echo requests
 * answered for any of its addresses, and outbound packets routed and passed through the crypto map of
 * their exit interface.
 */
final class IpStack implements NetworkNode {

    private static final int TTL = 255;

    private final Router router;
    private final VirtualNetwork network;
    private final EchoReplies replies = new EchoReplies();
    private int identification;

    IpStack(Router router, VirtualNetwork network) {
        this.router = router;
        this.network = network;
    }

    EchoReplies replies() {
        return replies;
    }

    @Override
    public void receive(IpPacket packet) {
        if (!router.powered()) {
            return;
        }
        router.syncConfig();
        IkeEngine engine = router.engine();
        switch (packet.protocol()) {
            case IpPacket.UDP -> {
                if (packet.destinationPort() == Endpoint.IKE_PORT) {
                    engine.onDatagram(new Endpoint(Addresses.ike(packet.destination()), packet.destinationPort()),
                            new Endpoint(Addresses.ike(packet.source()), packet.sourcePort()), packet.payload());
                }
            }
            case IpPacket.ESP -> {
                InboundResult r = engine.inboundEsp(Addresses.ike(packet.source()), Addresses.ike(packet.destination()),
                        packet.payload());
                if (r instanceof InboundResult.Decrypted d) {
                    Ipv4Datagram.decode(d.packet()).ifPresent(this::deliverLocal);
                }
            }
            case IpPacket.ICMP -> deliverLocal(packet);
            default -> { }
        }
    }

    /** A packet addressed to this router (possibly just decrypted): answers echo requests, records replies. */
    private void deliverLocal(IpPacket packet) {
        if (packet.protocol() != IpPacket.ICMP || !router.owns(packet.destination())) {
            return;
        }
        Optional<IcmpEcho> echo = IcmpEcho.decode(packet.payload());
        if (echo.isEmpty()) {
            return;
        }
        if (echo.get().request()) {
            send(new IpPacket(packet.destination(), packet.source(), IpPacket.ICMP, 0, 0, echo.get().reply().encode()));
        } else {
            replies.arrived(echo.get().identifier(), echo.get().sequence(), router.time().now());
        }
    }

    /** What became of a packet handed to {@link #send}. */
    enum Sent { FORWARDED, LOCAL, DROPPED_SA_PENDING, NO_ROUTE }

    /** Routes a locally generated packet out (or back in, for the router's own addresses). */
    Sent send(IpPacket packet) {
        if (router.owns(packet.destination())) {
            router.time().scheduler().schedule(0, () -> deliverLocal(packet));
            return Sent.LOCAL;
        }
        RunningConfig config = router.context().config().current();
        Optional<RoutingTable.Egress> egress = new RoutingTable(config).lookup(packet.destination());
        if (egress.isEmpty()) {
            return Sent.NO_ROUTE;
        }
        if (egress.get().iface().cryptoMap().isPresent()) {
            byte[] clear = Ipv4Datagram.encode(packet, nextId(), TTL);
            OutboundResult r = router.engine().outbound(Addresses.ike(packet.source()), Addresses.ike(packet.destination()), clear);
            if (r instanceof OutboundResult.DroppedSaPending) {
                return Sent.DROPPED_SA_PENDING;
            }
            if (r instanceof OutboundResult.Protected p) {
                network.send(router.name(), new IpPacket(Addresses.net(p.local()), Addresses.net(p.peer()), IpPacket.ESP, 0, 0, p.esp()));
                return Sent.FORWARDED;
            }
        }
        network.send(router.name(), packet);
        return Sent.FORWARDED;
    }

    /** UDP from the IKE engine. */
    void sendDatagram(Endpoint local, Endpoint remote, byte[] payload) {
        network.send(router.name(), IpPacket.udp(Addresses.net(local.ip()), local.port(), Addresses.net(remote.ip()),
                remote.port(), payload));
    }

    private synchronized int nextId() {
        identification = (identification + 1) & 0xffff;
        return identification;
    }
}
