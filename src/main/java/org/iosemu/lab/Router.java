package org.iosemu.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.DebugFlags;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.TcpConnect;
import org.iosemu.cli.session.VtyAvailability;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.RandomPort;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.VirtualNetwork;
import org.iosemu.timeline.NoteKind;
import org.iosemu.timeline.WireLog;

/**
 * One emulated router of a lab: its CLI context (config, clock, log bus), its IKE engine, its IP stack on the
 * lab network, and its console session. Every config change re-derives the engine config and re-claims the
 * router's addresses, lazily (the first packet, command or zero-delay task after the change), so typing a
 * 10,000-line config costs one mapping, not 10,000.
 */
public final class Router {

    private final LabControl lab;

    /** How long a reloading router is away (a small ISR takes minutes; a lab need not wait that long). */
    static final long BOOT_MILLIS = 30_000;

    private final String name;
    private final LabTime time;
    private final VirtualNetwork network;
    private final long seed;
    private final DebugFlags debugs = new DebugFlags();
    private final IpStack ip;
    private final PacketFeatures features = new PacketFeatures(new org.iosemu.acl.AclCounters());
    private final WireLog wireLog;
    /** `ip local pool` addresses handed to Easy VPN clients; lost with the SAs on a power cut or reload. */
    private final LocalPoolLeases poolLeases;
    private final TunnelLines tunnels = new TunnelLines();
    private final TunnelWatch tunnelWatch = new TunnelWatch(this, tunnels);
    /** Client-mode translations to an assigned address go with the tunnel (the next one may get another address). */
    private final EasyVpnInterfaces easyVpnInterfaces = new EasyVpnInterfaces(
            address -> features.nat().forgetGlobal(Addresses.net(address)));
    private final RouterContext context;
    private final IosSession console;
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private final AtomicBoolean syncScheduled = new AtomicBoolean();
    private volatile IkeEngine engine;
    private volatile EngineEvents events;
    private volatile boolean powered = true;
    private volatile RunningConfig synced;
    /** What the engine was last given (the active crypto map entries, already mapped). */
    private volatile IkeConfig engineConfig = IkeConfig.EMPTY;
    private volatile List<Ipv4Address> addresses = List.of();
    private volatile List<Ipv4Address> natAddresses = List.of();
    private int boots;
    private long tcpSequence;

    /**
     * @param nvram the router's startup-config file (the lab's copy)
     * @param lab the lab the `lab` commands act on
     * @param wireLog where the lab records what this router's engine says about its traffic (`lab timeline`)
     */
    public Router(String name, LabTime time, VirtualNetwork network, Optional<Path> nvram, long seed, LabControl lab,
                  WireLog wireLog, CliOutput bootErrors) {
        this.name = name;
        this.wireLog = wireLog;
        this.time = time;
        this.network = network;
        this.seed = seed;
        this.tcpSequence = seed;
        this.ip = new IpStack(this, network);
        this.lab = lab;
        EngineRouterServices services = new EngineRouterServices(this, lab);
        // salts and secrets repeat only where transcripts must: on virtual time
        this.context = new RouterContext(time.scheduler(), nvram, services,
                time.virtual() ? new SplittableRandom(seed) : new java.security.SecureRandom());
        this.poolLeases = new LocalPoolLeases(() -> context.config().current());
        this.engine = newEngine();
        network.attach(name, ip);
        context.config().addListener((before, after) -> changed());
        context.boot(bootErrors);
        this.console = new IosSession(context);
        syncConfig();
    }

    private IkeEngine newEngine() {
        RandomPort random = time.virtual() ? RandomPort.seeded(seed * 31 + boots) : RandomPort.secure();
        poolLeases.clear();
        events = new EngineEvents(context.logBus(), debugs, time.scheduler(),
                event -> wireLog.engineEvent(name, event, time.now()), this::ipsecSasChanged, easyVpnInterfaces);
        return new IkeEngine(ip.datagrams(), new SchedulerTimers(time.scheduler()), random, events);
    }

    private void changed() {
        dirty.set(true);
        if (syncScheduled.compareAndSet(false, true)) {
            time.scheduler().schedule(0, this::syncConfig);
        }
    }

    /** Pushes the current config to the engine and the network if it changed since the last push. */
    public synchronized void syncConfig() {
        syncScheduled.set(false);
        if (!dirty.getAndSet(false)) {
            return;
        }
        RunningConfig config = context.config().current();
        synced = config;
        List<Ipv4Address> own = RoutingTable.ownAddresses(config);
        // NAT's global addresses (pools, statics) reach this router too, as IOS answers ARP for them
        List<Ipv4Address> claimed = new java.util.ArrayList<>(org.iosemu.nat.NatTranslator.globalAddresses(config));
        claimed.removeAll(own);
        synchronized (network) {
            // release only what this router held: releaseAll scans every address of the lab
            addresses.forEach(a -> network.release(a, name));
            natAddresses.forEach(a -> network.release(a, name));
            own.forEach(a -> network.assign(a, name));
            claimed.forEach(a -> network.assign(a, name));
        }
        addresses = own;
        natAddresses = claimed;
        if (powered) {
            engineConfig = IkeConfigMapper.map(config, poolLeases);
            engine.onConfigChanged(engineConfig);
        }
        if (TunnelWatch.relevant(config) || tunnels.tracking()) {
            time.scheduler().schedule(0, tunnelWatch::evaluate);
        }
    }

    /** An IPsec SA came or went: a VTI's line protocol may follow. */
    private void ipsecSasChanged() {
        if (TunnelWatch.relevant(context.config().current())) {
            time.scheduler().schedule(0, tunnelWatch::evaluate);
        }
    }

    /** The crypto engine's processing rate and queues (LLQ for IPsec encryption engines). */
    CryptoEngineQueue cryptoEngine() {
        return ip.cryptoEngine();
    }

    /** Power cut: nothing sent or answered any more, every SA lost without a word to the peers. */
    public void powerOff() {
        if (powered) {
            wireLog.note(name, time.now(), NoteKind.POWER, name + " powered off");
        }
        powered = false;
        context.dropVtySessions();
        network.setPowered(name, false);
        engine.shutdown();
        ip.cryptoEngine().powerOff();
        poolLeases.clear();
        tunnels.reset();
        tunnelWatch.powerOff();
        easyVpnInterfaces.reset();
        ip.replies().clear();
        ip.probeAnswers().clear();
    }

    /** Power on: a fresh engine and the startup-config read again, as after a reload. */
    public void powerOn(CliOutput bootErrors) {
        if (powered) {
            return;
        }
        start("power-on", bootErrors);
    }

    private void start(String reason, CliOutput bootErrors) {
        wireLog.note(name, time.now(), NoteKind.POWER, name + " boots (" + reason + ")");
        boots++;
        features.reset();
        engine = newEngine();
        powered = true;
        network.setPowered(name, true);
        context.reboot(reason, bootErrors);
        dirty.set(true);
        syncConfig();
    }

    /**
     * `reload`: the router goes off the network (every SA lost without a word to the peers, whose DPD
     * notices; its vty sessions dropped), boots for {@link #BOOT_MILLIS} of lab time, comes back with its
     * startup-config, and its console shows the boot and waits for RETURN.
     */
    void reload(IosSession requester, CliOutput out) {
        powerOff();
        time.pass(BOOT_MILLIS);
        start("reload", out);
        context.restartConsoles(requester, out);
    }

    /** Whether a TCP connection request to {@code port} gets a SYN-ACK: telnet and SSH while a vty takes them. */
    boolean acceptsTcp(int port) {
        if (!powered) {
            return false;
        }
        return switch (port) {
            case TcpConnector.TELNET_PORT -> VtyAvailability.freeLine(context, TcpConnect.Service.TELNET).isPresent();
            case TcpConnector.SSH_PORT -> VtyAvailability.freeLine(context, TcpConnect.Service.SSH).isPresent();
            default -> false;
        };
    }

    /** An initial TCP sequence number; from the router's seed on virtual time, so captures repeat. */
    synchronized long tcpInitialSequence() {
        tcpSequence = tcpSequence * 6364136223846793005L + 1442695040888963407L;
        return (tcpSequence >>> 32) & 0xffffffffL;
    }

    public boolean owns(Ipv4Address a) {
        syncConfig();
        return addresses.contains(a) || easyVpnInterfaces.owns(a);
    }

    public String name() {
        return name;
    }

    /** The lab this router belongs to (its traffic generator's sink, among others). */
    LabControl lab() {
        return lab;
    }

    public LabTime time() {
        return time;
    }

    public RouterContext context() {
        return context;
    }

    public IosSession console() {
        return console;
    }

    public IkeEngine engine() {
        syncConfig();
        return engine;
    }

    /** Reverse route injection's routes for this configuration (none unless an entry says `reverse-route`). */
    List<org.iosemu.config.StaticRoute> injectedRoutes(RunningConfig config) {
        if (!powered || !ReverseRoutes.configured(config)) {
            return List.of();
        }
        IkeSnapshot snapshot = engine().snapshot(); // brings engineConfig up to date first
        return ReverseRoutes.of(config, engineConfig, snapshot);
    }

    public boolean powered() {
        return powered;
    }

    /** Whole seconds IKE SA {@code connId} has been up, if this boot of the engine established it. */
    public java.util.OptionalLong ikeUptimeSeconds(int connId) {
        return events.uptimeSeconds(connId);
    }

    public DebugFlags debugs() {
        return debugs;
    }

    public List<Ipv4Address> addresses() {
        syncConfig();
        return addresses;
    }

    IpStack ip() {
        return ip;
    }

    /** Access groups, NAT and the ACL match counters of this router's data plane. */
    PacketFeatures features() {
        return features;
    }

    /** An interface's state now: tunnels as {@link TunnelLines} has them, the rest as configured. */
    org.iosemu.routing.LineState lineState(org.iosemu.config.InterfaceConfig iface) {
        return tunnels.state(iface);
    }

    /** The Easy VPN tunnels that are up and the virtual interfaces they brought up. */
    EasyVpnInterfaces easyVpnInterfaces() {
        return easyVpnInterfaces;
    }

    TunnelWatch tunnelWatch() {
        return tunnelWatch;
    }

    /** Changes whenever a line state does not follow from the configuration alone. */
    long lineStateVersion() {
        return tunnels.version();
    }

    /** Sends this router's IKE and ESP through {@code uplink} instead of the lab network from now on. */
    public void connect(Uplink uplink) {
        ip.connect(uplink);
    }

    /** An IKE message that arrived on the uplink. */
    public void receiveIke(org.iosemu.ike.Endpoint local, org.iosemu.ike.Endpoint remote, byte[] payload) {
        syncConfig();
        ip.receiveIke(local, remote, payload);
    }

    /** ESP that arrived on the uplink (for UDP: out of port 4500). */
    public void receiveEsp(org.iosemu.ike.config.Ipv4 outerSource, org.iosemu.ike.config.Ipv4 outerDestination, byte[] esp) {
        syncConfig();
        ip.receiveEsp(outerSource, outerDestination, esp);
    }

    /** Sends a packet this router originates (routed, and encrypted by the exit interface's crypto map). */
    public void originate(org.iosemu.net.IpPacket packet) {
        syncConfig();
        ip.send(packet);
    }

    /** For `show ip local pool`: the addresses of {@code pool} handed out now and their holders. */
    java.util.Map<Long, String> poolLeases(String pool) {
        return poolLeases.of(pool);
    }
}
