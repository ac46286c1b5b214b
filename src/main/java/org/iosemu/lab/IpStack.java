package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IcmpError;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Ipv4Datagram;
import org.iosemu.net.NetworkNode;
import org.iosemu.net.TcpSegment;
import org.iosemu.net.VirtualNetwork;
import org.iosemu.net.udp.NatTFraming;

/**
 * A router's IP layer on the lab network: UDP/500 and 4500 (NAT-T) to the IKE engine, ESP through it, echo requests
 * answered for any of its addresses, and outbound packets routed and passed through the crypto map of
 * their exit interface.
 */
final class IpStack implements NetworkNode {

    /** IOS's default `ip icmp rate-limit unreachable`: at most one unreachable per 500 ms. */
    static final long UNREACHABLE_INTERVAL_MILLIS = 500;
    /** ICMP destination unreachable code 13: communication administratively prohibited (an access group). */
    static final int ADMINISTRATIVELY_PROHIBITED = 13;

    private final Router router;
    private final VirtualNetwork network;
    private final EchoReplies replies = new EchoReplies();
    private final TcpHandshakes handshakes = new TcpHandshakes();
    private final TrafficCounters counters = new TrafficCounters();
    private final QosPolicies qos;
    private volatile CountingRoutes countingRoutes;
    private volatile CachedInterfaces cachedInterfaces;
    private final InterfaceFeatures features = new InterfaceFeatures(this);
    private final ProbeAnswers probeAnswers = new ProbeAnswers();
    private long lastUnreachableMillis = Long.MIN_VALUE;
    private volatile Uplink uplink;
    private int identification;

    IpStack(Router router, VirtualNetwork network) {
        this.router = router;
        this.network = network;
        this.uplink = new LabUplink();
        this.qos = new QosPolicies(router.time());
    }

    QosPolicies qos() {
        return qos;
    }

    void connect(Uplink replacement) {
        uplink = replacement;
    }

    /** What the IKE engine sends through: whichever uplink is connected at the time. */
    DatagramPort datagrams() {
        return new DatagramPort() {
            @Override
            public void send(Endpoint local, Endpoint remote, byte[] payload) {
                uplink.ike().send(local, remote, payload);
            }

            @Override
            public void sendNatKeepalive(Endpoint local, Endpoint remote) {
                uplink.ike().sendNatKeepalive(local, remote);
            }
        };
    }

    EchoReplies replies() {
        return replies;
    }

    TrafficCounters counters() {
        return counters;
    }

    /**
     * Counts a packet on the interface it leaves by (or, {@code inbound}, the one facing its sender): the exit
     * interface of the route to the far address, else the interface holding the local address.
     */
    private void count(IpPacket packet, boolean inbound) {
        facing(packet, inbound).ifPresent(name -> {
            if (inbound) {
                counters.input(name, packet.length(), router.time().now());
            } else {
                counters.output(name, packet.length(), router.time().now());
            }
        });
    }

    /**
     * The interface a packet leaves by (or, {@code inbound}, arrives on: the one facing its sender): the exit
     * interface of the route to the far address, else the interface holding the local address.
     */
    private Optional<org.iosemu.config.InterfaceName> facing(IpPacket packet, boolean inbound) {
        Ipv4Address far = inbound ? packet.source() : packet.destination();
        Ipv4Address near = inbound ? packet.destination() : packet.source();
        RunningConfig config = router.context().config().current();
        return routesOf(config).lookup(far)
                .map(e -> e.iface().name())
                .or(() -> config.interfaces().stream()
                        .filter(i -> i.address().map(a -> a.address().equals(near.toString())).orElse(false))
                        .map(org.iosemu.config.InterfaceConfig::name).findFirst());
    }

    /**
     * How the interface {@code packet} leaves by queues it when its link is busy: its `service-policy output`,
     * classifying {@code classifyBy} (the packet itself, or the clear packet inside ESP with `qos pre-classify`).
     */
    private org.iosemu.net.Egress egress(IpPacket packet, IpPacket classifyBy) {
        RunningConfig config = router.context().config().current();
        if (config.qos().outputPolicies().isEmpty()) {
            return org.iosemu.net.Egress.FIFO;
        }
        return facing(packet, false).map(i -> qos.egress(config, i.canonical(), classifyBy))
                .orElse(org.iosemu.net.Egress.FIFO);
    }

    /** True when the interface {@code esp} leaves by, or a crypto map entry on it, has `qos pre-classify`. */
    private boolean preClassifies(IpPacket esp) {
        RunningConfig config = router.context().config().current();
        return facing(esp, false).flatMap(config::iface).map(i -> config.qos().preClassifyInterfaces()
                .contains(i.name().canonical()) || i.cryptoMap().map(m -> config.qos().preClassifyMapEntries().stream()
                        .anyMatch(e -> e.startsWith(m + " "))).orElse(false)).orElse(false);
    }

    /** The input features of the interface a packet arrived on; empty = dropped by one of them. */
    private Optional<IpPacket> input(IpPacket packet) {
        Optional<org.iosemu.config.InterfaceName> on = facing(packet, true);
        if (on.isEmpty()) {
            return Optional.of(packet);
        }
        Optional<RouterInterface> iface = interfaces(router.context().config().current()).get(on.get());
        Optional<IpPacket> current = Optional.of(packet);
        for (InputFeature feature : iface.map(RouterInterface::input).orElse(java.util.List.of())) {
            current = current.flatMap(feature::apply);
        }
        return current;
    }

    /** The configured routes' table, built once per configuration (counting runs for every packet). */
    private RoutingTable routesOf(RunningConfig config) {
        CountingRoutes cached = countingRoutes;
        if (cached == null || cached.config() != config) {
            cached = new CountingRoutes(config, new RoutingTable(config));
            countingRoutes = cached;
        }
        return cached.table();
    }

    private record CountingRoutes(RunningConfig config, RoutingTable table) {}

    TcpHandshakes handshakes() {
        return handshakes;
    }

    ProbeAnswers probeAnswers() {
        return probeAnswers;
    }

    @Override
    public void receive(IpPacket packet) {
        if (!router.powered()) {
            return;
        }
        router.syncConfig();
        count(packet, true);
        Optional<IpPacket> admitted = input(packet);
        if (admitted.isEmpty()) {
            return;
        }
        packet = admitted.get();
        switch (packet.protocol()) {
            case IpPacket.UDP -> {
                Endpoint local = new Endpoint(Addresses.ike(packet.destination()), packet.destinationPort());
                Endpoint remote = new Endpoint(Addresses.ike(packet.source()), packet.sourcePort());
                if (packet.destinationPort() == Endpoint.IKE_PORT) {
                    receiveIke(local, remote, packet.payload());
                } else if (packet.destinationPort() == Endpoint.NAT_T_PORT) {
                    receiveNatT(local, remote, packet.payload());
                } else {
                    arrived(packet, packet.destination());
                }
            }
            case IpPacket.ESP -> receiveEsp(Addresses.ike(packet.source()), Addresses.ike(packet.destination()), packet.payload());
            case IpPacket.ICMP, IpPacket.TCP -> arrived(packet, packet.destination());
            case IpPacket.GRE -> {
                if (router.owns(packet.destination())) {
                    greArrived(packet);
                } else {
                    arrived(packet, packet.destination());
                }
            }
            default -> { }
        }
    }

    /** UDP 4500 (RFC 3948): IKE after the non-ESP marker, ESP-in-UDP, keepalives (which only refresh NATs). */
    private void receiveNatT(Endpoint local, Endpoint remote, byte[] payload) {
        NatTFraming.Received what = NatTFraming.classify(payload);
        if (what instanceof NatTFraming.Ike ike) {
            receiveIke(local, remote, ike.message());
        } else if (what instanceof NatTFraming.Esp esp) {
            receiveEsp(remote.ip(), local.ip(), esp.packet());
        }
    }

    /** An IKE message for the engine, from the lab network or the uplink (non-ESP marker already removed). */
    void receiveIke(Endpoint local, Endpoint remote, byte[] payload) {
        if (router.powered()) {
            router.engine().onDatagram(local, remote, payload);
        }
    }

    /** ESP (plain or out of UDP 4500) for the engine; what it decrypts is delivered like any packet. */
    void receiveEsp(Ipv4 outerSource, Ipv4 outerDestination, byte[] esp) {
        if (!router.powered()) {
            return;
        }
        if (router.engine().inboundEsp(outerSource, outerDestination, esp) instanceof InboundResult.Decrypted d) {
            Optional<IpPacket> clear = Ipv4Datagram.decode(d.packet());
            if (clear.isEmpty()) {
                return;
            }
            Optional<TunnelEndpoints> vti = TunnelEndpoints.all(router.context().config().current()).stream()
                    .filter(t -> t.tunnel().tunnel().vti() && TunnelEndpoints.mapTag(t.name()).equals(d.mapName()))
                    .findFirst();
            if (router.easyVpnInterfaces().active(d.mapName()).isPresent()) {
                // an Easy VPN remote's tunnel: answers to translated inside hosts go back to them (client mode)
                RunningConfig config = router.context().config().current();
                arrived(router.features().nat().inbound(clear.get(), config, router.time().now()),
                        Addresses.net(outerDestination));
            } else if (vti.isPresent()) {
                arrivedThroughTunnel(vti.get(), clear.get()); // a VTI's SA carries the tunnel's traffic
            } else if (clear.get().protocol() == IpPacket.GRE && router.owns(clear.get().destination())) {
                greArrived(clear.get());
            } else {
                // the clear packet came in on the interface the ESP was addressed to
                arrived(clear.get(), Addresses.net(outerDestination));
            }
        }
    }

    /**
     * A packet that reached this router on the interface with {@code arrivalAddress}: its own traffic is
     * delivered here; anything else (what a tunnel decrypted for the networks behind it) is forwarded one hop
     * on, or, with its TTL used up, answered with time exceeded from the arrival interface, as a router does.
     */
    private void arrived(IpPacket packet, Ipv4Address arrivalAddress) {
        if (router.owns(packet.destination())) {
            deliverLocal(packet);
        } else if (packet.ttl() <= 1) {
            sendError(packet, arrivalAddress, IcmpError.TIME_EXCEEDED, IcmpError.TTL_EXCEEDED_IN_TRANSIT);
        } else {
            send(packet.forwarded());
        }
    }

    /**
     * A packet addressed to this router (possibly just decrypted): answers echo requests and TCP connection
     * requests (SYN-ACK from a vty that takes it, RST otherwise), records echo replies and handshake answers.
     */
    private void deliverLocal(IpPacket packet) {
        if (packet.protocol() == IpPacket.TCP) {
            TcpSegment.decode(packet.payload()).ifPresent(s -> deliverTcp(packet, s));
            return;
        }
        if (packet.protocol() == IpPacket.UDP && packet.destinationPort() == TrafficFlows.PORT) {
            router.lab().flowArrived(packet); // the lab's traffic generator measures, nothing answers
            return;
        }
        if (packet.protocol() == IpPacket.UDP) {
            // no UDP service listens here but IKE: traceroute's probe has reached its destination
            if (router.time().now() - lastUnreachableMillis >= UNREACHABLE_INTERVAL_MILLIS
                    || lastUnreachableMillis == Long.MIN_VALUE) {
                lastUnreachableMillis = router.time().now();
                sendError(packet, packet.destination(), IcmpError.DESTINATION_UNREACHABLE, IcmpError.PORT_UNREACHABLE);
            }
            return;
        }
        if (packet.protocol() != IpPacket.ICMP || !router.owns(packet.destination())) {
            return;
        }
        Optional<IcmpError> error = IcmpError.decode(packet.payload());
        if (error.isPresent()) {
            if (error.get().type() == IcmpError.DESTINATION_UNREACHABLE) {
                error.get().quotedEcho().ifPresent(echo -> replies.unreachable(echo[0], echo[1]));
            }
            error.get().quotedUdpPorts().ifPresent(ports -> probeAnswers.arrived(ports[0], ports[1],
                    new ProbeAnswers.Answer(packet.source(), router.time().now(),
                            error.get().type() == IcmpError.DESTINATION_UNREACHABLE)));
            return;
        }
        Optional<IcmpEcho> echo = IcmpEcho.decode(packet.payload());
        if (echo.isEmpty()) {
            return;
        }
        if (echo.get().request()) {
            send(new IpPacket(packet.destination(), packet.source(), IpPacket.ICMP, 0, 0, echo.get().reply().encode())
                    .withTos(packet.tos())); // the reply keeps the request's ToS, so QoS treats both ways alike
        } else {
            replies.arrived(echo.get().identifier(), echo.get().sequence(), router.time().now());
        }
    }

    private void deliverTcp(IpPacket packet, TcpSegment segment) {
        if (segment.has(TcpSegment.SYN) && !segment.has(TcpSegment.ACK)) {
            boolean accepted = router.acceptsTcp(segment.destinationPort());
            int flags = accepted ? TcpSegment.SYN | TcpSegment.ACK : TcpSegment.RST | TcpSegment.ACK;
            send(IpPacket.tcp(packet.destination(), packet.source(), new TcpSegment(segment.destinationPort(),
                    segment.sourcePort(), accepted ? router.tcpInitialSequence() : 0, segment.sequence() + 1, flags)));
        } else {
            handshakes.answered(segment.destinationPort(), segment);
        }
    }

    /** An ICMP error about {@code offending}, from {@code from} back to its source (never about an ICMP error). */
    private void sendError(IpPacket offending, Ipv4Address from, int type, int code) {
        if (offending.protocol() == IpPacket.ICMP && IcmpError.decode(offending.payload()).isPresent()) {
            return;
        }
        send(new IpPacket(from, offending.source(), IpPacket.ICMP, 0, 0, IcmpError.about(offending, type, code).encode()));
    }

    /** What became of a packet handed to {@link #send}. */
    enum Sent { FORWARDED, LOCAL, DROPPED_SA_PENDING, DROPPED_ACCESS_CHECK, NO_ROUTE, DISCARDED }

    /** Routes a locally generated packet out (or back in, for the router's own addresses). */
    Sent send(IpPacket packet) {
        if (router.owns(packet.destination())) {
            router.time().scheduler().schedule(0, () -> deliverLocal(packet));
            return Sent.LOCAL;
        }
        RunningConfig config = router.context().config().current();
        InterfaceTable interfaces = interfaces(config);
        Optional<RoutingTable.Egress> egress = routes(config, interfaces).lookup(packet.destination());
        if (egress.isEmpty()) {
            return Sent.NO_ROUTE;
        }
        return interfaces.get(egress.get().iface().name()).map(out -> output(out, packet)).orElse(Sent.NO_ROUTE);
    }

    /** The interface's output features in order, then its transmission. */
    private Sent output(RouterInterface out, IpPacket packet) {
        IpPacket current = packet;
        for (OutputFeature feature : out.output()) {
            OutputFeature.Verdict verdict = feature.apply(current);
            if (verdict instanceof OutputFeature.Verdict.Done done) {
                return done.outcome();
            }
            current = ((OutputFeature.Verdict.Pass) verdict).packet();
        }
        return switch (out.transmission()) {
            case DISCARD -> Sent.DISCARDED;
            case TUNNEL -> tunnelOutput(out, current);
            case NETWORK -> {
                counters.output(out.name(), current.length(), router.time().now());
                network.send(router.name(), current, egress(current, current));
                yield Sent.FORWARDED;
            }
        };
    }

    /**
     * The inbound access group of {@code iface} as an input feature: a denied packet is dropped and answered with
     * ICMP administratively prohibited (rate-limited) unless the interface says `no ip unreachables`.
     */
    InputFeature accessGroupInput(org.iosemu.config.InterfaceName iface) {
        return packet -> {
            RunningConfig config = router.context().config().current();
            Optional<org.iosemu.config.InterfaceConfig> arrival = config.iface(iface);
            if (arrival.isEmpty() || router.features().admit(packet, arrival.get(), config) == PacketFeatures.Verdict.PASS) {
                return Optional.of(packet);
            }
            prohibited(packet, arrival.get());
            return Optional.empty();
        };
    }

    /** NAT outside to inside as an input feature of an `ip nat outside` interface. */
    InputFeature natInput() {
        return packet -> Optional.of(router.features().nat().inbound(packet, router.context().config().current(),
                router.time().now()));
    }

    /** NAT inside to outside as an output feature of an `ip nat outside` interface (before its crypto map). */
    OutputFeature natOutput() {
        return packet -> {
            RunningConfig config = router.context().config().current();
            return new OutputFeature.Verdict.Pass(PacketFeatures.fromInside(packet, config)
                    ? router.features().nat().outbound(packet, config, router.time().now()) : packet);
        };
    }

    /** The outbound access group of {@code iface}; what the router itself originates is not filtered, as on IOS. */
    OutputFeature accessGroupOutput(org.iosemu.config.InterfaceName iface) {
        return packet -> {
            RunningConfig config = router.context().config().current();
            Optional<org.iosemu.config.InterfaceConfig> exit = config.iface(iface);
            boolean forwarded = !router.owns(packet.source());
            if (exit.isEmpty() || router.features().release(packet, exit.get(), forwarded, config) == PacketFeatures.Verdict.PASS) {
                return new OutputFeature.Verdict.Pass(packet);
            }
            return new OutputFeature.Verdict.Done(Sent.DROPPED_ACCESS_CHECK);
        };
    }

    /** ICMP administratively prohibited for a filtered packet, unless the interface says `no ip unreachables`. */
    private void prohibited(IpPacket packet, org.iosemu.config.InterfaceConfig arrival) {
        if (!arrival.features().unreachables() || arrival.address().isEmpty()) {
            return;
        }
        if (router.time().now() - lastUnreachableMillis >= UNREACHABLE_INTERVAL_MILLIS
                || lastUnreachableMillis == Long.MIN_VALUE) {
            lastUnreachableMillis = router.time().now();
            sendError(packet, Addresses.net(arrival.address().get().address()), IcmpError.DESTINATION_UNREACHABLE,
                    ADMINISTRATIVELY_PROHIBITED);
        }
    }

    /**
     * A packet routed to a tunnel interface: a VTI encrypts it whole under the tunnel's IPsec SA (never in clear);
     * GRE wraps it in a GRE packet from the tunnel source to the destination, which the tunnel's protection
     * encrypts or, unprotected, the underlay routes.
     */
    private Sent tunnelOutput(RouterInterface tunnel, IpPacket packet) {
        TunnelEndpoints t = TunnelEndpoints.of(router.context().config().current(), tunnel.config());
        if (!tunnel.state().protocolUp() || !t.complete()) {
            return Sent.DISCARDED;
        }
        counters.output(tunnel.name(), packet.length(), router.time().now());
        var settings = tunnel.config().tunnel();
        IpPacket carried = packet;
        if (!settings.vti()) {
            carried = GreFraming.wrap(t.source().get(), t.destination().get(), packet, nextId());
            if (settings.protection().isEmpty()) {
                return sendUnderlay(carried);
            }
        } else if (settings.protection().isEmpty()) {
            return Sent.DISCARDED;
        }
        byte[] clear = Ipv4Datagram.encode(carried, nextId());
        OutboundResult r = router.engine().outbound(TunnelEndpoints.mapTag(tunnel.name()),
                Addresses.ike(carried.source()), Addresses.ike(carried.destination()), clear);
        if (r instanceof OutboundResult.Protected p) {
            uplink.sendEsp(p);
            return Sent.FORWARDED;
        }
        return r instanceof OutboundResult.DroppedSaPending ? Sent.DROPPED_SA_PENDING : Sent.DISCARDED;
    }

    /** A tunnel's outer packet: routed, but never into a tunnel again (IOS's recursive-routing guard). */
    private Sent sendUnderlay(IpPacket outer) {
        RunningConfig config = router.context().config().current();
        InterfaceTable interfaces = interfaces(config);
        Optional<RouterInterface> exit = routes(config, interfaces).lookup(outer.destination())
                .flatMap(e -> interfaces.get(e.iface().name()));
        if (exit.isEmpty()) {
            return Sent.NO_ROUTE;
        }
        if (exit.get().transmission() == RouterInterface.Transmission.TUNNEL) {
            return Sent.DISCARDED;
        }
        return output(exit.get(), outer);
    }

    /** GRE addressed to this router: unwrapped by the tunnel whose endpoints it names, and handled as arriving there. */
    private void greArrived(IpPacket gre) {
        RunningConfig config = router.context().config().current();
        for (TunnelEndpoints t : TunnelEndpoints.all(config)) {
            if (!t.tunnel().tunnel().vti() && !t.tunnel().shutdown() && t.source().equals(Optional.of(gre.destination()))
                    && t.destination().equals(Optional.of(gre.source()))) {
                GreFraming.unwrap(gre).ifPresent(inner -> arrivedThroughTunnel(t, inner));
                return;
            }
        }
    }

    private void arrivedThroughTunnel(TunnelEndpoints t, IpPacket inner) {
        counters.input(t.name(), inner.length(), router.time().now());
        arrived(inner, t.tunnel().address().map(a -> Addresses.net(a.address())).orElse(t.source().orElseThrow()));
    }

    /** The crypto map {@code mapName} as an output feature: what its entries protect leaves as ESP, or is dropped. */
    OutputFeature cryptoMapOutput(String mapName) {
        return packet -> {
            router.features().countCrypto(packet, mapName, router.context().config().current());
            byte[] clear = Ipv4Datagram.encode(packet, nextId());
            OutboundResult r = router.engine().outbound(mapName, Addresses.ike(packet.source()),
                    Addresses.ike(packet.destination()), clear);
            if (r instanceof OutboundResult.DroppedSaPending) {
                return new OutputFeature.Verdict.Done(Sent.DROPPED_SA_PENDING);
            }
            if (r instanceof OutboundResult.DroppedByAccessCheck) {
                return new OutputFeature.Verdict.Done(Sent.DROPPED_ACCESS_CHECK); // protected traffic never leaves in clear
            }
            if (r instanceof OutboundResult.Protected p) {
                uplink.sendEsp(p, packet);
                return new OutputFeature.Verdict.Done(Sent.FORWARDED);
            }
            return new OutputFeature.Verdict.Pass(packet);
        };
    }

    /**
     * The Easy VPN tunnel {@code tunnel} as an output feature of its outside interface, first of its features: what
     * {@link EasyVpnTraffic} sends through the tunnel leaves as ESP (translated to the assigned address in client
     * mode) or waits for its SA; the rest passes on in clear.
     */
    OutputFeature easyVpnOutput(String tunnel) {
        return packet -> {
            RunningConfig config = router.context().config().current();
            EasyVpnTraffic.Decision decision = EasyVpnTraffic.decide(packet, tunnel,
                    router.easyVpnInterfaces().active(tunnel), config);
            if (!(decision instanceof EasyVpnTraffic.Decision.Tunnel through)) {
                return new OutputFeature.Verdict.Pass(packet);
            }
            IpPacket inner = through.translateTo().map(a -> router.features().nat().overload(packet, tunnel,
                    Addresses.net(a), config, router.time().now())).orElse(packet);
            OutboundResult r = router.engine().outbound(tunnel, Addresses.ike(inner.source()),
                    Addresses.ike(inner.destination()), Ipv4Datagram.encode(inner, nextId()));
            if (r instanceof OutboundResult.Protected p) {
                uplink.sendEsp(p, inner);
                return new OutputFeature.Verdict.Done(Sent.FORWARDED);
            }
            if (r instanceof OutboundResult.DroppedSaPending) {
                return new OutputFeature.Verdict.Done(Sent.DROPPED_SA_PENDING);
            }
            return new OutputFeature.Verdict.Pass(packet);
        };
    }

    /** The router's interfaces now: their configuration, line state and features. */
    InterfaceTable interfaces(RunningConfig config) {
        CachedInterfaces cached = cachedInterfaces;
        long version = router.lineStateVersion();
        if (cached == null || cached.config() != config || cached.version() != version) {
            cached = new CachedInterfaces(config, version, new InterfaceTable(config, router::lineState, features));
            cachedInterfaces = cached;
        }
        return cached.table();
    }

    private record CachedInterfaces(RunningConfig config, long version, InterfaceTable table) {}

    /** The routes now: configured and injected, over interfaces whose line protocol is up. */
    RoutingTable routes(RunningConfig config) {
        return routes(config, interfaces(config));
    }

    private RoutingTable routes(RunningConfig config, InterfaceTable interfaces) {
        return new RoutingTable(config, router.injectedRoutes(config), interfaces.lineProtocol());
    }

    /** The lab network as the uplink: IKE as UDP packets (framed for 4500), ESP as protocol 50 or in UDP. */
    private final class LabUplink implements Uplink {
        @Override
        public DatagramPort ike() {
            return new DatagramPort() {
                @Override
                public void send(Endpoint local, Endpoint remote, byte[] payload) {
                    udp(local, remote, NatTFraming.forIke(local, remote, payload));
                }

                @Override
                public void sendNatKeepalive(Endpoint local, Endpoint remote) {
                    udp(local, remote, NatTFraming.KEEPALIVE);
                }
            };
        }

        @Override
        public void sendEsp(OutboundResult.Protected p) {
            sendEsp(p, null);
        }

        /** The outer header carries the clear packet's ToS (DSCP), as IOS copies it, so QoS after encryption sees it. */
        @Override
        public void sendEsp(OutboundResult.Protected p, IpPacket clear) {
            int tos = clear == null ? 0 : clear.tos();
            IpPacket esp = p.udp().isPresent()
                    ? IpPacket.udp(Addresses.net(p.local()), p.udp().get().localPort(), Addresses.net(p.peer()),
                            p.udp().get().peerPort(), p.esp()).withTos(tos)
                    : new IpPacket(Addresses.net(p.local()), Addresses.net(p.peer()), IpPacket.ESP, 0, 0, p.esp()).withTos(tos);
            count(esp, false);
            network.send(router.name(), esp, egress(esp, clear != null && preClassifies(esp) ? clear : esp));
        }

        private void udp(Endpoint local, Endpoint remote, byte[] payload) {
            IpPacket udp = IpPacket.udp(Addresses.net(local.ip()), local.port(), Addresses.net(remote.ip()), remote.port(), payload);
            count(udp, false);
            network.send(router.name(), udp, egress(udp, udp));
        }
    }

    private synchronized int nextId() {
        identification = (identification + 1) & 0xffff;
        return identification;
    }
}
