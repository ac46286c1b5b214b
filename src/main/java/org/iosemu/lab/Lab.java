package org.iosemu.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.Link;
import org.iosemu.net.LinkProperties;
import org.iosemu.net.VirtualNetwork;
import org.iosemu.timeline.WireLog;

/**
 * Several routers in one process: one simulated network, one clock, one console that can be attached to any
 * of them. Each router boots from its own copy of its startup-config (so `write memory` never edits the lab's
 * source files); the console starts on the first router in name order.
 */
public final class Lab implements LabControl {

    /** One-way delay of the lab network. */
    public static final long LATENCY_MILLIS = 1;
    /** Seed of the routers' random sources on virtual time, so transcripts repeat. */
    public static final long SEED = 2002;

    private final LabTime time;
    private final VirtualNetwork network;
    private final Map<String, Router> routers = new TreeMap<>();
    private final Map<String, RemotePorts> remotePorts = new TreeMap<>();
    private volatile Router attached;
    private final TrafficFlows flows = new TrafficFlows(this);
    private volatile ExerciseCommands exercise = ExerciseCommands.NONE;
    private final Map<String, Ipv4Address> nats = new TreeMap<>();
    /** The IKE and ESP traffic and what the routers said about it, for `lab timeline`. */
    private final WireLog wireLog = new WireLog();
    private final long startedAt;

    /** SSH/telnet ports a router's vtys listen on, once remote access is wired (shown by `lab show`). */
    public record RemotePorts(Optional<Integer> ssh, Optional<Integer> telnet) {}

    /**
     * @param configs startup-config text by router name
     * @param nvram directory that receives each router's copy, as NAME/NAME.cfg
     */
    public Lab(Map<String, String> configs, Path nvram, LabTime time, CliOutput bootErrors) {
        this(copies(configs, nvram), time, bootErrors);
    }

    private Lab(Map<String, Optional<Path>> startupFiles, LabTime time, CliOutput bootErrors) {
        if (startupFiles.isEmpty()) {
            throw new IllegalArgumentException("a lab needs at least one router");
        }
        this.time = time;
        this.startedAt = time.now();
        this.network = new VirtualNetwork(time.scheduler(), LATENCY_MILLIS);
        network.observe(wireLog);
        for (Map.Entry<String, Optional<Path>> e : new TreeMap<>(startupFiles).entrySet()) {
            long seed = SEED * 31 + e.getKey().hashCode();
            routers.put(e.getKey(), new Router(e.getKey(), time, network, e.getValue(), seed, this, wireLog, bootErrors));
        }
        this.attached = routers.values().iterator().next();
        time.settle();
    }

    /**
     * A lab of one router that boots from (and writes memory to) {@code startupConfig} itself, as a lone
     * router does; without one it starts empty and saves in memory only.
     */
    public static Lab single(String name, Optional<Path> startupConfig, LabTime time, CliOutput bootErrors) {
        return new Lab(Map.of(name, startupConfig), time, bootErrors);
    }

    /**
     * Each router's own copy of its startup-config, so `write memory` never edits the lab's source files: NAME.cfg in
     * a folder NAME of its own, because a router looks through its file's folder for temporaries an interrupted save
     * left, and in one shared folder every router's boot would read every other router's file (quadratic in the lab).
     */
    private static Map<String, Optional<Path>> copies(Map<String, String> configs, Path nvram) {
        Map<String, Optional<Path>> files = new TreeMap<>();
        for (Map.Entry<String, String> e : configs.entrySet()) {
            Path folder = nvram.resolve(e.getKey());
            Path file = folder.resolve(e.getKey() + ".cfg");
            try {
                Files.createDirectories(folder);
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                folder.toFile().deleteOnExit();   // deleted last: hooks run in reverse order of registration
                file.toFile().deleteOnExit();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            files.put(e.getKey(), Optional.of(file));
        }
        return files;
    }

    public LabTime time() {
        return time;
    }

    public VirtualNetwork network() {
        return network;
    }

    /** The recording `lab timeline` draws from. */
    public WireLog wireLog() {
        return wireLog;
    }

    /** When the lab started, on its clock (second 0 of `lab timeline ... from A to B`). */
    public long startedAt() {
        return startedAt;
    }

    /** Puts {@code name} behind a source NAT: its UDP leaves from {@code publicAddress} on ports the NAT picks. */
    public void placeBehindNat(String name, Ipv4Address publicAddress) {
        router(name).addresses().forEach(a -> network.addNat(a, publicAddress));
        nats.put(name, publicAddress);
    }

    /** The public address of a router behind a NAT. */
    public Optional<Ipv4Address> natAddress(String name) {
        return Optional.ofNullable(nats.get(name));
    }

    /** Routers behind a NAT, with their public addresses. */
    public Map<String, Ipv4Address> nats() {
        return Map.copyOf(nats);
    }

    /** Applies a lab folder's links file: the loss seed, the default link, then each link of its own. */
    public void applyLinks(LinkPlan plan) {
        plan.seed().ifPresent(network::setLossSeed);
        network.setDefaultLink(plan.defaults().applyTo(network.defaultLink(), network.defaultLink()));
        plan.links().forEach((ends, settings) -> {
            router(ends.get(0));
            router(ends.get(1));
            Link link = network.link(ends.get(0), ends.get(1));
            network.setLink(ends.get(0), ends.get(1), settings.applyTo(link.properties(), network.defaultLink()));
        });
    }

    /** Applies a lab folder's engines file: each router's crypto engine rate. */
    public void applyEngines(EnginePlan plan) {
        plan.kbps().forEach((name, kbps) -> router(name).cryptoEngine().setCapacity(java.util.OptionalLong.of(kbps)));
    }

    public Router router(String name) {
        Router r = routers.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no router named " + name);
        }
        return r;
    }

    public List<Router> routers() {
        return List.copyOf(routers.values());
    }

    public Router attached() {
        return attached;
    }

    /** Runs {@code commands} for `lab exercise|check|hint|reset`. */
    public void setExercise(ExerciseCommands commands) {
        this.exercise = commands;
    }

    @Override
    public ExerciseCommands exercise() {
        return exercise;
    }

    /** Each router's running-config as `show running-config` writes it (without the change stamps). */
    public Map<String, String> runningConfigs() {
        Map<String, String> configs = new TreeMap<>();
        for (Router r : routers.values()) {
            List<String> body = org.iosemu.config.render.RunningConfigRenderer.body(r.context().config().current(),
                    org.iosemu.config.render.ConfigTimes.NONE);
            configs.put(r.name(), String.join("\n", body) + "\n");
        }
        return configs;
    }

    /**
     * Starts every router again from {@code startupConfigs} (by name): written to its NVRAM copy, then a power
     * cycle, as if the lab had just been handed out. Routers not named keep their startup-config.
     */
    public void restart(Map<String, String> startupConfigs, CliOutput bootErrors) {
        for (Router r : routers.values()) {
            String text = startupConfigs.get(r.name());
            if (text != null) {
                try {
                    r.context().startupConfig().write(text.lines().toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            r.powerOff();
            r.powerOn(bootErrors);
        }
        time.settle();
    }

    public void setRemotePorts(String router, RemotePorts ports) {
        remotePorts.put(router, ports);
    }

    private Optional<Router> find(String name, CliOutput out) {
        Router r = routers.get(name);
        if (r == null) {
            out.print("% Lab: no router named " + name + "\n");
        }
        return Optional.ofNullable(r);
    }

    @Override
    public Optional<Router> owner(Ipv4Address address) {
        return Optional.ofNullable(network.ownerOf(address)).map(routers::get).filter(Router::powered);
    }

    @Override
    public void waitSeconds(long seconds, CliOutput out) {
        time.pass(seconds * 1000, out::interrupted); // debug lines print as they fall due; the escape sequence stops it
    }

    @Override
    public void power(String name, boolean up, CliOutput out) {
        find(name, out).ifPresent(r -> {
            if (up) {
                r.powerOn(out);
            } else {
                r.powerOff();
            }
            out.print("% Lab: " + name + " is " + (up ? "up" : "down") + "\n");
            time.settle();
        });
    }

    @Override
    public void timeline(TimelineRequest request, CliOutput out) {
        time.settle();
        TimelineExport.write(request, wireLog, List.copyOf(routers.keySet()), startedAt, time.now(), out);
    }

    @Override
    public void attach(String name, CliOutput out) {
        find(name, out).ifPresent(r -> attached = r);
    }

    @Override
    public void link(String x, String y, LinkSettings settings, CliOutput out) {
        linkEnds(x, y, out).ifPresent(ends -> {
            Link link = network.link(ends.get(0), ends.get(1));
            LinkProperties p;
            try {
                p = settings.applyTo(link.properties(), network.defaultLink());
            } catch (IllegalArgumentException e) {
                out.print("% Lab: link property out of range\n");
                return;
            }
            network.setLink(ends.get(0), ends.get(1), p);
            out.print("% Lab: link " + ends.get(0) + "-" + ends.get(1) + ": " + LinkSettings.describe(p) + "\n");
        });
    }

    @Override
    public void engine(String name, java.util.OptionalLong kbps, CliOutput out) {
        find(name, out).ifPresent(r -> {
            r.cryptoEngine().setCapacity(kbps);
            out.print("% Lab: crypto engine of " + name + ": " + EnginePlan.describe(kbps) + "\n");
        });
    }

    @Override
    public void dropNext(String x, String y, int count, CliOutput out) {
        linkEnds(x, y, out).ifPresent(ends -> {
            network.dropNext(ends.get(0), ends.get(1), count);
            out.print("% Lab: link " + ends.get(0) + "-" + ends.get(1) + " loses the next " + count
                    + (count == 1 ? " packet\n" : " packets\n"));
        });
    }

    /** The two routers of a link in name order, or a message when one is missing or both are the same. */
    private Optional<List<String>> linkEnds(String x, String y, CliOutput out) {
        if (find(x, out).isEmpty() || find(y, out).isEmpty()) {
            return Optional.empty();
        }
        if (x.equals(y)) {
            out.print("% Lab: a link joins two different routers\n");
            return Optional.empty();
        }
        return Optional.of(x.compareTo(y) < 0 ? List.of(x, y) : List.of(y, x));
    }

    @Override
    public void addFlow(String name, Ipv4Address source, Ipv4Address destination, long kbps, int size, int dscp,
                        CliOutput out) {
        flows.add(name, source, destination, kbps, size, dscp, out);
    }

    @Override
    public void deleteFlow(String name) {
        flows.delete(name);
    }

    @Override
    public void showFlows(CliOutput out) {
        flows.show(out);
    }

    @Override
    public void flowArrived(org.iosemu.net.IpPacket packet) {
        flows.arrived(packet, time.now());
    }

    @Override
    public void show(CliOutput out) {
        out.print(String.format("%-10s%-6s%-9s%-6s%-8s%s", "Router", "State", "Console", "SSH", "Telnet", "Addresses") + "\n");
        for (Router r : routers.values()) {
            RemotePorts ports = remotePorts.getOrDefault(r.name(), new RemotePorts(Optional.empty(), Optional.empty()));
            List<String> addresses = new ArrayList<>();
            for (Ipv4Address a : r.addresses()) {
                addresses.add(a.toString());
            }
            out.print(String.format("%-10s%-6s%-9s%-6s%-8s%s", r.name(), r.powered() ? "up" : "down",
                    r == attached ? "*" : "", ports.ssh().map(String::valueOf).orElse("-"),
                    ports.telnet().map(String::valueOf).orElse("-"), String.join(", ", addresses)).stripTrailing() + "\n");
        }
        showLinks(out);
        showEngines(out);
    }

    /** The crypto engines with a rate of their own (nothing while every engine is unlimited, as labs always were). */
    private void showEngines(CliOutput out) {
        List<Router> limited = routers.values().stream().filter(r -> r.cryptoEngine().capacity().isPresent()).toList();
        if (limited.isEmpty()) {
            return;
        }
        String format = "%-16s%-10s%-11s%-9s%-11s%s";
        out.print("\n" + String.format(format, "Crypto engine", "Kbit/s", "Processed", "Drops", "Priority", "Queue")
                .stripTrailing() + "\n");
        for (Router r : limited) {
            CryptoEngineQueue.Stats st = r.cryptoEngine().stats();
            out.print(String.format(format, r.name(), st.kbps().getAsLong(),
                    st.priority().processed() + st.bestEffort().processed(),
                    st.priority().drops() + st.bestEffort().drops(), st.priority().processed(), st.depth()) + "\n");
        }
    }

    /**
     * The links that differ from the default link or have lost packets, one row per direction (nothing while
     * every link is the plain default, so labs that never touch their links show what they always showed).
     */
    private void showLinks(CliOutput out) {
        LinkProperties defaults = network.defaultLink();
        List<Link> links = network.links().stream().filter(l -> !l.properties().equals(defaults) || l.pendingDrops() > 0
                || l.statistics(l.a()).lost() + l.statistics(l.b()).lost() > 0).toList();
        boolean plain = defaults.equals(LinkProperties.DEFAULT.withDelayMillis(LATENCY_MILLIS));
        if (links.isEmpty() && plain) {
            return;
        }
        out.print("\nDefault link: " + LinkSettings.describe(defaults) + "\n");
        if (links.isEmpty()) {
            return;
        }
        String format = "%-16s%-7s%-10s%-7s%-6s%-9s%-8s%-8s%-8s%s";
        out.print(String.format(format, "Link", "MTU", "Kbit/s", "Delay", "Loss", "Sent", "Lost", "Drops", "Frags",
                "Queue").stripTrailing() + "\n");
        for (Link link : links) {
            LinkProperties p = link.properties();
            for (String from : List.of(link.a(), link.b())) {
                String to = from.equals(link.a()) ? link.b() : link.a();
                Link.Statistics st = link.statistics(from);
                out.print(String.format(format, from + "->" + to, p.mtu(), p.unlimited() ? "-" : p.bandwidthKbps(),
                        p.delayMillis() + "ms", p.lossPercent() + "%", st.sent(), st.lost(), st.tailDrops(),
                        st.fragmented(), st.queued()) + "\n");
            }
            if (link.pendingDrops() > 0) {
                out.print("  (the next " + link.pendingDrops() + " packets over this link will be lost)\n");
            }
        }
    }
}
