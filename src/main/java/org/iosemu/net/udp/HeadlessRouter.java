package org.iosemu.net.udp;

import java.net.SocketException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.iosemu.capture.CapturedPacket;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.SystemTimerPort;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.lab.IkeConfigMapper;

/**
 * One router on real UDP without the lab: the CLI's {@link RouterContext}, an {@link IkeEngine} fed from the
 * running config, and a {@link UdpTransport} bound to one address. Received datagrams run on the router's
 * single thread; the engine never calls into another engine synchronously.
 */
public final class HeadlessRouter implements UdpTransport.Receiver, AutoCloseable {
    private final RouterContext context;
    private final IkeEngine engine;
    private final UdpTransport udp;
    private final ExecutorService routerThread;
    private final SystemTimerPort timers;
    private final TunnelHost host;
    private final HeadlessServices services;

    private HeadlessRouter(Ipv4 address, Optional<Path> startupConfig) throws SocketException {
        this.routerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "router-" + address);
            t.setDaemon(true);
            return t;
        });
        this.timers = new SystemTimerPort();
        try {
            this.udp = UdpTransport.bind(address, routerThread);
        } catch (SocketException e) {
            routerThread.shutdownNow();
            timers.close();
            throw e;
        }
        this.services = new HeadlessServices(this);
        this.context = new RouterContext(System::currentTimeMillis, startupConfig, services, new SecureRandom());
        this.engine = new IkeEngine(udp, timers, RandomPort.secure(), this::onEngineEvent);
        this.host = new TunnelHost(engine, udp, this::ownAddresses);
        // Applied on the committing (CLI) thread under the engine lock, so a command typed next already sees it.
        context.config().addListener((before, after) -> engine.onConfigChanged(IkeConfigMapper.map(after)));
        udp.addTap(this::capture);
        udp.start(this);
    }

    /** Binds UDP 500/4500 on {@code address}; the startup-config (if any) is read through the CLI. */
    public static HeadlessRouter start(Ipv4 address, Optional<Path> startupConfig, CliOutput bootErrors) throws SocketException {
        HeadlessRouter r = new HeadlessRouter(address, startupConfig);
        r.context.boot(bootErrors);
        r.engine.onConfigChanged(IkeConfigMapper.map(r.context.config().current()));
        return r;
    }

    private void onEngineEvent(IkeEvent e) {
        if (e instanceof IkeEvent.Debug d) {
            if (services.debugIsakmp()) {
                context.logBus().debug(d.text());
            }
        } else if (e instanceof IkeEvent.Syslog s) {
            context.logBus().log(s.text());
        }
    }

    @Override
    public void onIke(Endpoint local, Endpoint remote, byte[] message) {
        engine.onDatagram(local, remote, message);
    }

    @Override
    public void onEsp(Endpoint local, Endpoint remote, byte[] esp) {
        host.onEsp(remote.ip(), local.ip(), esp);
    }

    /** Every datagram on the bound address crosses the interface that owns it: feed `monitor capture`. */
    private void capture(Endpoint src, Endpoint dst, byte[] payload) {
        boolean inbound = dst.ip().equals(udp.address());
        Ipv4 ours = inbound ? dst.ip() : src.ip();
        String ifName = context.config().current().interfaces().stream()
                .filter(i -> i.address().filter(a -> Ipv4.parse(a.address()).equals(ours)).isPresent())
                .map(i -> i.name().toString()).findFirst().orElse("unknown");
        context.captures().onPacket(CapturedPacket.udp(System.currentTimeMillis(), ifName, inbound, src.ip(), src.port(), dst.ip(), dst.port(), payload));
    }

    Set<Ipv4> ownAddresses() {
        Set<Ipv4> s = new HashSet<>();
        for (InterfaceConfig i : context.config().current().interfaces()) {
            if (!i.shutdown()) {
                i.address().ifPresent(a -> s.add(Ipv4.parse(a.address())));
                i.secondaries().forEach(a -> s.add(Ipv4.parse(a.address())));
            }
        }
        return s;
    }

    /** The address a ping leaves from without `source`: the interface the crypto map sits on, else any. */
    Optional<Ipv4> defaultSource(RunningConfig c) {
        return c.interfaces().stream().filter(i -> i.cryptoMap().isPresent() && i.address().isPresent()).findFirst()
                .or(() -> c.interfaces().stream().filter(i -> i.address().isPresent()).findFirst())
                .map(i -> Ipv4.parse(i.address().get().address()));
    }

    public RouterContext context() {
        return context;
    }

    public IkeEngine engine() {
        return engine;
    }

    public UdpTransport udp() {
        return udp;
    }

    TunnelHost host() {
        return host;
    }

    @Override
    public void close() {
        engine.shutdown();
        udp.close();
        timers.close();
        routerThread.shutdownNow();
    }
}
