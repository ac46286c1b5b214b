package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.config.InterfaceMtu;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.EgressMtu;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.OutboundScope;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.Fragmentation;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IcmpError;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Ipv4Datagram;
import org.iosemu.net.NetworkNode;
import org.iosemu.net.Reassembly;
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
    private final CryptoEngineQueue cryptoEngine;
    private volatile CountingRoutes countingRoutes;
    private volatile CachedInterfaces cachedInterfaces;
    private final InterfaceFeatures features = new InterfaceFeatures(this);
    private final ProbeAnswers probeAnswers = new ProbeAnswers();
    private final Reassembly reassembly = new Reassembly();
    private long lastUnreachableMillis = Long.MIN_VALUE;
    private volatile Uplink uplink;
    private int identification;

    IpStack(Router router, VirtualNetwork network) {
        this.router = router;
        this.network = network;
        this.uplink = new LabUplink();
        this.qos = new QosPolicies(router.time());
        this.cryptoEngine = new CryptoEngineQueue(router.time().scheduler());
    }

    QosPolicies qos() {
        return qos;
    }

    /** The crypto engine's processing rate and queues (LLQ for IPsec encryption engines). */
    CryptoEngineQueue cryptoEngine() {
        return cryptoEngine;
    }

    /**
     * The crypto engine's queue for {@code packet} (the clear packet to encrypt, or ESP to decrypt): priority when a
     * priority class of the `service-policy output` on {@code iface} takes it (the interface facing the peer; the
     * classes are the same inbound and outbound, as the guide assumes), else best effort.
     */
    private CryptoEngineQueue.Lane engineLane(IpPacket packet,
                                              java.util.function.Supplier<Optional<org.iosemu.config.InterfaceName>> iface) {
        RunningConfig config = router.context().config().current();
        boolean priority = !config.qos().outputPolicies().isEmpty() // no policy, no route lookup per packet
                && iface.get().map(i -> qos.priority(config, i.canonical(), packet)).orElse(false);
        return priority ? CryptoEngineQueue.Lane.PRIORITY : CryptoEngineQueue.Lane.BEST_EFFORT;
    }

    /**
     * The engine's {@code work} on a {@code bytes}-long packet: done now when the engine is idle (its answer), else
     * when its turn comes (if the router still runs; {@code queued} answers meanwhile), or never ({@code dropped}).
     */
    private <T> T inEngine(CryptoEngineQueue.Lane lane, int bytes, java.util.function.Supplier<T> work, T queued,
                           T dropped) {
        CryptoEngineQueue.Admission a = cryptoEngine.offer(lane, bytes, () -> {
            if (router.powered()) {
                work.get(); // a packet no crypto map entry takes any more by now is lost
            }
        });
        return switch (a) {
            case NOW -> work.get();
            case QUEUED -> queued;
            case DROPPED -> dropped;
        };
    }

    /** Arriving ESP {@code outer}: decrypted by {@code decrypt} now, or when the busy engine comes to it. */
    private void decryptInEngine(IpPacket outer, Runnable decrypt) {
        inEngine(engineLane(outer, () -> facing(outer, true)), outer.length(), () -> {
            decrypt.run();
            return null;
        }, null, null);
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
        if (giant(packet)) {
            return;
        }
        count(packet, true);
        if (packet.isFragment() && router.owns(packet.destination())) {
            Optional<IpPacket> whole = reassembly.add(packet, router.time().now());
            if (whole.isEmpty()) {
                return;
            }
            packet = whole.get();
        }
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
                    receiveNatT(packet, local, remote, packet.payload());
                } else {
                    arrived(packet, packet.destination());
                }
            }
            case IpPacket.ESP -> {
                IpPacket esp = packet;
                decryptInEngine(esp, () -> receiveEsp(Addresses.ike(esp.source()),
                        Addresses.ike(esp.destination()), esp.payload()));
            }
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

    /**
     * A frame longer than the arrival interface's MTU (`mtu`): the interface drops it as a giant, whatever IP
     * would have done with it (an MTU mismatch on a segment loses the large packets silently).
     */
    private boolean giant(IpPacket packet) {
        Optional<org.iosemu.config.InterfaceName> on = facing(packet, true);
        RunningConfig config = router.context().config().current();
        boolean giant = on.flatMap(config::iface).map(i -> packet.length() > InterfaceMtu.layer2(i)).orElse(false);
        if (giant) {
            counters.giant(on.get());
        }
        return giant;
    }

    /** UDP 4500 (RFC 3948): IKE after the non-ESP marker, ESP-in-UDP, keepalives (which only refresh NATs). */
    private void receiveNatT(IpPacket udp, Endpoint local, Endpoint remote, byte[] payload) {
        NatTFraming.Received what = NatTFraming.classify(payload);
        if (what instanceof NatTFraming.Ike ike) {
            receiveIke(local, remote, ike.message());
        } else if (what instanceof NatTFraming.Esp esp) {
            decryptInEngine(udp, () -> receiveEsp(remote.ip(), local.ip(), esp.packet()));
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
                router.features().nat().inbound(clear.get(), config, router.time().now())
                        .ifPresent(back -> arrived(back, Addresses.net(outerDestination)));
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
        if (router.owns(packet.destination()) && packet.isFragment()) {
            reassembly.add(packet, router.time().now()).ifPresent(this::deliverLocal); // pieces a peer fragmented before encryption
        } else if (router.owns(packet.destination())) {
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
            if (error.get().fragmentationNeeded()) {
                fragmentationNeeded(error.get());
                error.get().quotedEcho().ifPresent(echo -> replies.couldNotFragment(echo[0], echo[1]));
            } else if (error.get().type() == IcmpError.DESTINATION_UNREACHABLE) {
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

    /**
     * A "fragmentation needed" about ESP this router sent (plain, or in UDP 4500): path MTU discovery through the
     * tunnel, the SAs to that peer take the reported MTU as their path MTU.
     */
    private void fragmentationNeeded(IcmpError error) {
        error.quotedHeader().filter(h -> router.owns(h.source()) && (h.protocol() == IpPacket.ESP
                || h.protocol() == IpPacket.UDP)).ifPresent(h -> router.engine().pathMtuDiscovered(
                        Addresses.ike(h.source()), Addresses.ike(h.destination()), error.nextHopMtu()));
    }

    private void deliverTcp(IpPacket packet, TcpSegment segment) {
        if (segment.has(TcpSegment.SYN) && !segment.has(TcpSegment.ACK)) {
            boolean accepted = router.acceptsTcp(segment.destinationPort());
            int flags = accepted ? TcpSegment.SYN | TcpSegment.ACK : TcpSegment.RST | TcpSegment.ACK;
            TcpSegment answer = new TcpSegment(segment.destinationPort(), segment.sourcePort(),
                    accepted ? router.tcpInitialSequence() : 0, segment.sequence() + 1, flags);
            if (accepted) {
                RunningConfig config = router.context().config().current();
                answer = answer.withMaxSegmentSize(TcpMss.advertised(routes(config).lookup(packet.source()), packet.source()));
                TcpTransactions.synReceived(router, packet.source(), segment, answer);
            }
            send(IpPacket.tcp(packet.destination(), packet.source(), answer));
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
    enum Sent { FORWARDED, LOCAL, DROPPED_SA_PENDING, DROPPED_ACCESS_CHECK, NO_ROUTE, DISCARDED, DROPPED_TOO_BIG }

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
            case NETWORK -> transmit(out, current);
        };
    }

    /**
     * Onto the lab network within the interface's IP MTU: a longer packet leaves as fragments, or, with DF set, is
     * dropped and (when forwarded) answered with "fragmentation needed" carrying the MTU.
     */
    private Sent transmit(RouterInterface out, IpPacket packet) {
        int mtu = InterfaceMtu.ip(out.config());
        if (Fragmentation.tooBig(packet, mtu) && packet.dontFragment()) {
            tooBig(packet, mtu);
            return Sent.DROPPED_TOO_BIG;
        }
        for (IpPacket piece : Fragmentation.split(packet, mtu, nextId())) {
            counters.output(out.name(), piece.length(), router.time().now());
            network.send(router.name(), piece, egress(piece, piece));
        }
        return Sent.FORWARDED;
    }

    /**
     * A DF packet that does not fit {@code mtu}: one this router forwards is answered with ICMP "fragmentation
     * needed" (rate-limited as IOS limits unreachables), one it originated is just dropped (ping shows `.`).
     */
    private void tooBig(IpPacket packet, int mtu) {
        if (router.owns(packet.source())) {
            return;
        }
        long now = router.time().now();
        if (now - lastUnreachableMillis < UNREACHABLE_INTERVAL_MILLIS && lastUnreachableMillis != Long.MIN_VALUE) {
            return;
        }
        lastUnreachableMillis = now;
        RunningConfig config = router.context().config().current();
        routes(config).lookup(packet.source()).map(RoutingTable.Egress::interfaceAddress).ifPresent(from ->
                send(new IpPacket(from, packet.source(), IpPacket.ICMP, 0, 0,
                        IcmpError.fragmentationNeeded(packet, mtu).encode())));
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
        return packet -> router.features().nat().inbound(packet, router.context().config().current(),
                router.time().now());
    }

    /** NAT inside to outside as an output feature of an `ip nat outside` interface (before its crypto map). */
    OutputFeature natOutput() {
        return packet -> {
            RunningConfig config = router.context().config().current();
            if (!PacketFeatures.fromInside(packet, config)) {
                return new OutputFeature.Verdict.Pass(packet);
            }
            return router.features().nat().outbound(packet, config, router.time().now())
                    .<OutputFeature.Verdict>map(OutputFeature.Verdict.Pass::new)
                    .orElseGet(() -> new OutputFeature.Verdict.Done(Sent.DISCARDED));
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
        int mtu = InterfaceMtu.ip(tunnel.config());
        if (Fragmentation.tooBig(packet, mtu)) {
            if (packet.dontFragment()) {
                tooBig(packet, mtu);
                return Sent.DROPPED_TOO_BIG;
            }
            Sent last = Sent.DISCARDED;
            for (IpPacket piece : Fragmentation.split(packet, mtu, nextId())) {
                last = tunnelOutput(tunnel, piece); // IOS fragments at the tunnel's ip mtu, then encapsulates each
            }
            return last;
        }
        counters.output(tunnel.name(), packet.length(), router.time().now());
        var settings = tunnel.config().tunnel();
        if (settings.vti()) {
            return settings.protection().isEmpty() ? Sent.DISCARDED : protect(tunnel.name(), packet);
        }
        return carry(tunnel.config(), GreFraming.wrap(t.source().get(), t.destination().get(), packet, nextId()));
    }

    /** An outer GRE packet of {@code tunnel}: encrypted under the tunnel's protection, or routed in the underlay. */
    private Sent carry(org.iosemu.config.InterfaceConfig tunnel, IpPacket gre) {
        return tunnel.tunnel().protection().isEmpty() ? sendUnderlay(gre) : protect(tunnel.name(), gre);
    }

    private Sent protect(org.iosemu.config.InterfaceName tunnel, IpPacket carried) {
        byte[] clear = Ipv4Datagram.encode(carried, nextId());
        return inEngine(engineLane(carried, () -> facing(carried, false)), carried.length(),
                () -> encrypt(tunnel, carried, clear), Sent.FORWARDED, Sent.DISCARDED);
    }

    /** The engine's turn for a tunnel's outer packet {@code carried} ({@code clear}: its bytes). */
    private Sent encrypt(org.iosemu.config.InterfaceName tunnel, IpPacket carried, byte[] clear) {
        OutboundResult r = router.engine().outbound(new OutboundScope.CryptoMap(TunnelEndpoints.mapTag(tunnel)),
                Addresses.ike(carried.source()), Addresses.ike(carried.destination()), clear, EgressMtu.NONE);
        if (r instanceof OutboundResult.Protected p) {
            // a tunnel does not pre-fragment (IOS turns it off for tunnels): a long ESP packet leaves in fragments
            uplink.sendEsp(p, null, false, underlayMtu(Addresses.net(p.peer())));
            return Sent.FORWARDED;
        }
        return r instanceof OutboundResult.DroppedSaPending ? Sent.DROPPED_SA_PENDING : Sent.DISCARDED;
    }

    /** The IP MTU of the interface the route to {@code destination} leaves by (1500 without one). */
    private int underlayMtu(Ipv4Address destination) {
        RunningConfig config = router.context().config().current();
        InterfaceTable interfaces = interfaces(config);
        return routes(config, interfaces).lookup(destination).flatMap(e -> interfaces.get(e.iface().name()))
                .map(i -> InterfaceMtu.ip(i.config())).orElse(InterfaceMtu.DEFAULT);
    }

    /**
     * One GRE keepalive through {@code tunnel} (also while its line protocol is down: that is how it comes back),
     * counted as the tunnel's output as IOS counts it.
     */
    void sendGreKeepalive(org.iosemu.config.InterfaceName tunnel) {
        RunningConfig config = router.context().config().current();
        Optional<org.iosemu.config.InterfaceConfig> iface = config.iface(tunnel);
        if (iface.isEmpty() || iface.get().tunnel().vti()) {
            return;
        }
        TunnelEndpoints t = TunnelEndpoints.of(config, iface.get());
        if (!t.complete()) {
            return;
        }
        IpPacket keepalive = GreFraming.keepalive(t.source().get(), t.destination().get(), nextId());
        // the tunnel counts what it carries: the inner packet, after the outer GRE header
        counters.output(tunnel, keepalive.payload().length - 4, router.time().now());
        carry(iface.get(), keepalive);
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
                if (GreFraming.keepaliveReply(gre)) {
                    counters.input(t.name(), gre.length(), router.time().now());
                    router.tunnelWatch().keepalives().replied(t.name());
                    return;
                }
                GreFraming.unwrap(gre).ifPresent(inner -> arrivedThroughTunnel(t, inner));
                return;
            }
        }
    }

    private void arrivedThroughTunnel(TunnelEndpoints t, IpPacket inner) {
        counters.input(t.name(), inner.length(), router.time().now());
        Optional<IpPacket> admitted = Optional.of(inner); // the tunnel's own input features (adjust-mss, filters)
        for (InputFeature feature : interfaces(router.context().config().current()).get(t.name())
                .map(RouterInterface::input).orElse(java.util.List.of())) {
            admitted = admitted.flatMap(feature::apply);
        }
        if (admitted.isEmpty()) {
            return;
        }
        inner = admitted.get();
        arrived(inner, t.tunnel().address().map(a -> Addresses.net(a.address())).orElse(t.source().orElseThrow()));
    }

    /**
     * The crypto map {@code mapName} of interface {@code exit} as an output feature: what its entries protect leaves
     * as ESP, or is dropped. Sizes as IOS does: a packet that does not fit one ESP packet within the path MTU is
     * fragmented before encryption (each fragment its own ESP packet), or encrypted whole and the ESP packet
     * fragmented (`crypto ipsec fragmentation after-encryption`), or, with DF set and the outer header keeping it,
     * refused with "fragmentation needed" (the plaintext MTU). The outer DF follows `crypto ipsec df-bit`.
     */
    OutputFeature cryptoMapOutput(org.iosemu.config.InterfaceConfig exit, String mapName) {
        return packet -> {
            RunningConfig config = router.context().config().current();
            router.features().countCrypto(packet, mapName, config);
            return protect(new OutboundScope.CryptoMap(mapName), packet, exit).<OutputFeature.Verdict>map(OutputFeature.Verdict.Done::new)
                    .orElseGet(() -> new OutputFeature.Verdict.Pass(packet));
        };
    }

    /**
     * {@code packet} under the SAs of {@code tag} (a crypto map, or an Easy VPN tunnel), sized for interface
     * {@code exit} as {@link #cryptoMapOutput} describes; empty when no policy of {@code tag} covers it.
     */
    private Optional<Sent> protect(OutboundScope tag, IpPacket packet, org.iosemu.config.InterfaceConfig exit) {
        byte[] clear = Ipv4Datagram.encode(packet, nextId());
        if (cryptoEngine.capacity().isPresent() && !router.engine().covers(tag, Addresses.ike(packet.source()),
                Addresses.ike(packet.destination()), clear)) {
            return Optional.empty(); // not the engine's work: it never waits for the engine
        }
        return inEngine(engineLane(packet, () -> Optional.of(exit.name())), packet.length(),
                () -> encrypt(tag, packet, clear, exit), Optional.of(Sent.FORWARDED), Optional.of(Sent.DISCARDED));
    }

    /** The engine's turn for {@code packet} ({@code clear}: its bytes): encrypted and sized as {@link #protect} says. */
    private Optional<Sent> encrypt(OutboundScope tag, IpPacket packet, byte[] clear, org.iosemu.config.InterfaceConfig exit) {
        RunningConfig config = router.context().config().current();
        org.iosemu.config.InterfaceConfig now = config.iface(exit.name()).orElse(exit);
        EspSizing sizing = EspSizing.of(config.crypto().ipsec(), now, packet.dontFragment());
        int ipMtu = InterfaceMtu.ip(now);
        OutboundResult r = router.engine().outbound(tag, Addresses.ike(packet.source()),
                Addresses.ike(packet.destination()), clear, new EgressMtu(ipMtu, sizing.encryptOversized()));
        if (r instanceof OutboundResult.TooBig big) {
            if (!sizing.mayFragment()) {
                tooBig(packet, big.plaintextMtu());
                return Optional.of(Sent.DROPPED_TOO_BIG);
            }
            Sent last = Sent.DISCARDED;
            for (IpPacket piece : Fragmentation.split(packet, big.plaintextMtu(), nextId())) {
                last = encrypted(router.engine().outbound(tag, Addresses.ike(piece.source()),
                        Addresses.ike(piece.destination()), Ipv4Datagram.encode(piece, nextId()),
                        new EgressMtu(ipMtu, true)), piece, sizing, ipMtu);
            }
            return Optional.of(last);
        }
        if (r instanceof OutboundResult.NotProtected) {
            return Optional.empty();
        }
        return Optional.of(encrypted(r, packet, sizing, ipMtu));
    }

    /** What became of {@code clear} once the engine had its say; ESP goes out with the outer DF the settings give. */
    private Sent encrypted(OutboundResult r, IpPacket clear, EspSizing sizing, int ipMtu) {
        if (r instanceof OutboundResult.DroppedSaPending) {
            return Sent.DROPPED_SA_PENDING;
        }
        if (r instanceof OutboundResult.DroppedByAccessCheck) {
            return Sent.DROPPED_ACCESS_CHECK; // protected traffic never leaves in clear
        }
        if (r instanceof OutboundResult.Protected p) {
            boolean outerDf = sizing.outerDontFragment();
            int outerLength = 20 + (p.udp().isPresent() ? 8 : 0) + p.esp().length;
            if (outerLength > ipMtu && outerDf) {
                router.engine().sendError(p.spi()); // too big to send and not to be fragmented
                return Sent.DROPPED_TOO_BIG;
            }
            uplink.sendEsp(p, clear, outerDf, ipMtu);
            return Sent.FORWARDED;
        }
        return Sent.DISCARDED;
    }

    /**
     * The Easy VPN tunnel {@code tunnel} as an output feature of its outside interface, first of its features: what
     * {@link EasyVpnTraffic} sends through the tunnel leaves as ESP (translated to the assigned address in client
     * mode), sized for {@code exit} as crypto-map traffic is, or waits for its SA; the rest passes on in clear.
     */
    OutputFeature easyVpnOutput(org.iosemu.config.InterfaceConfig exit, String tunnel) {
        return packet -> {
            RunningConfig config = router.context().config().current();
            EasyVpnTraffic.Decision decision = EasyVpnTraffic.decide(packet, tunnel,
                    router.easyVpnInterfaces().active(tunnel), config);
            if (!(decision instanceof EasyVpnTraffic.Decision.Tunnel through)) {
                if (EasyVpnTraffic.triggersConnect(packet, tunnel, router.easyVpnInterfaces().active(tunnel), config)) {
                    router.engine().easyVpnConnect(Optional.of(tunnel)); // `connect acl`: its traffic brings the tunnel up
                }
                return new OutputFeature.Verdict.Pass(packet);
            }
            IpPacket inner = through.translateTo().map(a -> router.features().nat().overload(packet, tunnel,
                    Addresses.net(a), config, router.time().now())).orElse(packet);
            return protect(new OutboundScope.EasyVpnTunnel(tunnel), inner, exit).<OutputFeature.Verdict>map(OutputFeature.Verdict.Done::new)
                    .orElseGet(() -> new OutputFeature.Verdict.Pass(packet));
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
        return new RoutingTable(config, router.injectedRoutes(config), interfaces.lineProtocol(),
                router.easyVpnInterfaces().interfaces());
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

        @Override
        public void sendEsp(OutboundResult.Protected p, IpPacket clear) {
            sendEsp(p, clear, false, Integer.MAX_VALUE);
        }

        /** The outer header carries the clear packet's ToS (DSCP), as IOS copies it, so QoS after encryption sees it. */
        @Override
        public void sendEsp(OutboundResult.Protected p, IpPacket clear, boolean dontFragment, int mtu) {
            int tos = clear == null ? 0 : clear.tos();
            IpPacket esp = p.udp().isPresent()
                    ? IpPacket.udp(Addresses.net(p.local()), p.udp().get().localPort(), Addresses.net(p.peer()),
                            p.udp().get().peerPort(), p.esp()).withTos(tos)
                    : new IpPacket(Addresses.net(p.local()), Addresses.net(p.peer()), IpPacket.ESP, 0, 0, p.esp()).withTos(tos);
            esp = esp.withDontFragment(dontFragment);
            org.iosemu.net.Egress queueing = egress(esp, clear != null && preClassifies(esp) ? clear : esp);
            for (IpPacket piece : Fragmentation.split(esp, mtu, nextId())) {
                count(piece, false);
                network.send(router.name(), piece, queueing);
            }
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
