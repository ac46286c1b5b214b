package org.iosemu.nat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.acl.AclCounters;
import org.iosemu.acl.AclMatcher;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclLine;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.Ipv4;
import org.iosemu.config.NatPool;
import org.iosemu.config.NatRule;
import org.iosemu.config.NatSettings;
import org.iosemu.config.RouteMapEntry;
import org.iosemu.config.RunningConfig;
import org.iosemu.net.FragmentRewrites;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;

/**
 * One router's inside-source NAT: translates packets leaving inside for outside by the configuration's rules and
 * keeps the entries that bring the answers back. Statics are entries from the start; dynamic entries are made by
 * the first packet of a flow and expire after IOS's timeouts.
 */
public final class NatTranslator {

    /** Where PAT looks for a free port when the inside one is taken on the global address. */
    private static final int FIRST_PORT = 1024;

    /** The netmask IOS shows for an Easy VPN tunnel's one-address pool (`show ip nat statistics`). */
    static final String TUNNEL_POOL_NETMASK = "255.255.255.0";

    private final List<Translation> entries = new ArrayList<>();
    /** Easy VPN tunnels translating to their assigned address: IOS's internal `enterprise-list` mapping to a pool
     *  named after the tunnel, holding that one address. */
    private final java.util.Map<String, NatPool> tunnelPools = new java.util.LinkedHashMap<>();
    private final AclCounters counters;
    /**
     * How the first fragment of each datagram left (inside to outside) or arrived (outside to inside), so its later
     * fragments, which have no ports, are translated alike: IOS runs virtual fragment reassembly on NAT interfaces.
     */
    private final FragmentRewrites outboundFragments = new FragmentRewrites();
    private final FragmentRewrites inboundFragments = new FragmentRewrites();
    private RunningConfig synced;
    private int nextEntryId = 1;
    private long hits;
    private long created;
    private long misses;
    private long expired;
    private int peak;
    private long peakAt;

    public NatTranslator(AclCounters counters) {
        this.counters = counters;
    }

    /**
     * A packet from an inside interface leaving by an outside one: translated by the first rule that takes it,
     * or unchanged (no rule, a route map's deny = NAT exemption, an exhausted pool). A fragment after the first
     * is translated as its datagram's first fragment was (empty, dropped, when that one was not seen: see
     * {@link #laterFragment}).
     */
    public synchronized Optional<IpPacket> outbound(IpPacket p, RunningConfig config, long now) {
        return byFragment(outboundFragments, p, now, () -> translateOutbound(p, config, now));
    }

    /** {@code p} translated, or as its datagram's first fragment was; a first fragment's rewrite is remembered. */
    private Optional<IpPacket> byFragment(FragmentRewrites fragments, IpPacket p, long now,
                                          java.util.function.Supplier<IpPacket> translate) {
        if (FragmentRewrites.isLater(p)) {
            return laterFragment(fragments, p, now);
        }
        IpPacket translated = translate.get();
        if (FragmentRewrites.isFirst(p)) {
            fragments.firstRewritten(p, translated, now);
        }
        return Optional.of(translated);
    }

    /**
     * A later fragment, by the first fragment of its datagram. Without one it is dropped, as IOS's virtual
     * fragment reassembly gives up a datagram it cannot complete: the lab delivers the pieces of a datagram in
     * order, so the first was lost, and holding the others would only delay the same loss.
     */
    private Optional<IpPacket> laterFragment(FragmentRewrites fragments, IpPacket p, long now) {
        Optional<IpPacket> known = fragments.later(p, now);
        if (known.isPresent() && (!known.get().source().equals(p.source())
                || !known.get().destination().equals(p.destination()))) {
            hits++; // a translated packet, as the first fragment was
        }
        return known;
    }

    private IpPacket translateOutbound(IpPacket p, RunningConfig config, long now) {
        sync(config, now);
        expire(now);
        int port = Rewrite.sourcePort(p);
        Optional<IpPacket> known = existingFlow(p, port, now);
        if (known.isPresent()) {
            return known.get();
        }
        NatSettings nat = config.system().services().nat();
        for (NatRule rule : nat.rules()) {
            if (rule instanceof NatRule.Static s && staticTakes(s, p, port)) {
                return translateStatic(s, p, port, now);
            }
        }
        int mapId = 0;
        for (NatRule rule : nat.rules()) {
            if (!(rule instanceof NatRule.Dynamic d)) {
                continue;
            }
            mapId++;
            if (selected(d, p, config)) {
                return translateDynamic(d, mapId, p, port, config, now);
            }
        }
        return p;
    }

    /**
     * PAT of a packet to {@code global}, whatever the configured rules say: what an Easy VPN remote in client mode
     * does to inside traffic that leaves through its tunnel (IOS's internal `enterprise-list` mapping to the address
     * Mode Config assigned). The entries look like any overload entry's; {@code mapId} names the mapping.
     */
    public synchronized IpPacket overload(IpPacket p, String tunnel, Ipv4Address global, RunningConfig config, long now) {
        sync(config, now);
        expire(now);
        tunnelPools.put(tunnel, new NatPool(tunnel, global.toString(), global.toString(), TUNNEL_POOL_NETMASK, false));
        int mapId = tunnelMapId(tunnel, config);
        int port = Rewrite.sourcePort(p);
        for (int i = 0; i < entries.size(); i++) {
            Translation t = entries.get(i);
            if (t.extended() && t.insideGlobal().equals(global) && t.protocol() == p.protocol()
                    && t.insideLocal().equals(p.source()) && t.localPort() == port && t.outside().equals(p.destination())
                    && t.outsidePort() == Rewrite.destinationPort(p)) {
                entries.set(i, t.usedAt(now));
                hits++;
                return Rewrite.source(p, global, t.globalPort());
            }
        }
        int globalPort = freePort(p.protocol(), global, port);
        add(new Translation(p.protocol(), p.source(), port, global, globalPort, p.destination(),
                Rewrite.destinationPort(p), false, mapId, nextEntryId++, now, now));
        created++;
        hits++;
        return Rewrite.source(p, global, globalPort);
    }

    /**
     * Forgets the dynamic entries that translate to {@code global}, and the tunnel mapping to it (an Easy VPN address
     * given back with the tunnel).
     */
    public synchronized void forgetGlobal(Ipv4Address global) {
        entries.removeIf(t -> !t.isStatic() && t.insideGlobal().equals(global));
        tunnelPools.values().removeIf(pool -> pool.start().equals(global.toString()));
    }

    /** A tunnel's mapping comes after the configured dynamic ones, as IOS numbers its internal mappings. [inferred] */
    private int tunnelMapId(String tunnel, RunningConfig config) {
        int configured = (int) config.system().services().nat().rules().stream().filter(r -> r instanceof NatRule.Dynamic).count();
        return configured + 1 + new ArrayList<>(tunnelPools.keySet()).indexOf(tunnel);
    }

    /** The packet translated by the extended entry of its flow, if there is one (the entry's use is noted). */
    private Optional<IpPacket> existingFlow(IpPacket p, int port, long now) {
        for (int i = 0; i < entries.size(); i++) {
            Translation t = entries.get(i);
            if (t.extended() && t.protocol() == p.protocol() && t.insideLocal().equals(p.source()) && t.localPort() == port
                    && t.outside().equals(p.destination()) && t.outsidePort() == Rewrite.destinationPort(p)) {
                entries.set(i, t.usedAt(now));
                hits++;
                return Optional.of(Rewrite.source(p, t.insideGlobal(), t.globalPort()));
            }
        }
        return Optional.empty();
    }

    /**
     * A packet arriving on an outside interface: addressed to a translation's global side, it goes to the inside
     * one; a later fragment as its first fragment went (empty, dropped, without one).
     */
    public synchronized Optional<IpPacket> inbound(IpPacket p, RunningConfig config, long now) {
        return byFragment(inboundFragments, p, now, () -> translateInbound(p, config, now));
    }

    private IpPacket translateInbound(IpPacket p, RunningConfig config, long now) {
        sync(config, now);
        expire(now);
        int port = Rewrite.destinationPort(p);
        for (int i = 0; i < entries.size(); i++) {
            Translation t = entries.get(i);
            if (t.extended() && t.protocol() == p.protocol() && t.insideGlobal().equals(p.destination())
                    && t.globalPort() == port && t.outside().equals(p.source())) {
                entries.set(i, t.usedAt(now));
                hits++;
                return Rewrite.destination(p, t.insideLocal(), t.localPort());
            }
        }
        for (NatRule rule : config.system().services().nat().rules()) {
            if (rule instanceof NatRule.Static s && Ipv4Address.parse(s.global()).equals(p.destination())
                    && (s.protocol().isEmpty() || protocolOf(s) == p.protocol() && s.globalPort().getAsInt() == port)) {
                hits++;
                int localPort = s.localPort().orElse(port);
                Ipv4Address local = Ipv4Address.parse(s.local());
                add(new Translation(p.protocol(), local, localPort, p.destination(), port, p.source(),
                        Rewrite.sourcePort(p), false, 0, nextEntryId++, now, now));
                return Rewrite.destination(p, local, localPort);
            }
        }
        for (Translation t : entries) {
            if (!t.extended() && t.insideGlobal().equals(p.destination())) {
                hits++;
                return Rewrite.destination(p, t.insideLocal(), port);
            }
        }
        return p;
    }

    /** The global addresses this router answers for besides its own: static globals and pool addresses. */
    public static List<Ipv4Address> globalAddresses(RunningConfig config) {
        List<Ipv4Address> out = new ArrayList<>();
        NatSettings nat = config.system().services().nat();
        for (NatRule r : nat.rules()) {
            if (r instanceof NatRule.Static s) {
                out.add(Ipv4Address.parse(s.global()));
            }
        }
        for (NatPool pool : nat.pools()) {
            long start = Ipv4.toLong(pool.start());
            for (long a = start; a <= Ipv4.toLong(pool.end()) && a < start + 1024; a++) {
                out.add(new Ipv4Address((int) a));
            }
        }
        return out;
    }

    /** `clear ip nat translation *`: every dynamic entry goes (statics stay). */
    public synchronized void clearDynamic() {
        entries.removeIf(t -> !t.isStatic());
    }

    /** `clear ip nat statistics`. */
    public synchronized void clearStatistics() {
        hits = 0;
        misses = 0;
        created = 0;
        expired = 0;
    }

    synchronized Snapshot snapshot(RunningConfig config, long now) {
        sync(config, now);
        expire(now);
        return new Snapshot(List.copyOf(entries), hits, misses, created, expired, peak, peakAt, List.copyOf(tunnelPools.values()));
    }

    record Snapshot(List<Translation> entries, long hits, long misses, long created, long expired, int peak, long peakAt,
                    List<NatPool> tunnelPools) {}

    /** One row of `show ip nat translations`: inside local, inside global and, for a flow, the outside address. */
    public record Row(Ipv4Address insideLocal, Ipv4Address insideGlobal, Optional<Ipv4Address> outside) {}

    /** The table's rows now (expired entries gone), for readers that need the addresses rather than the text. */
    public List<Row> rows(RunningConfig config, long now) {
        return snapshot(config, now).entries().stream()
                .map(t -> new Row(t.insideLocal(), t.insideGlobal(), t.extended() ? Optional.of(t.outside()) : Optional.empty()))
                .toList();
    }

    public String renderTranslations(RunningConfig config, long now, boolean verbose) {
        return NatShow.translations(snapshot(config, now), now, verbose);
    }

    public String renderStatistics(RunningConfig config, long now) {
        return NatShow.statistics(snapshot(config, now), config, now);
    }

    private boolean staticTakes(NatRule.Static s, IpPacket p, int port) {
        if (!Ipv4Address.parse(s.local()).equals(p.source())) {
            return false;
        }
        return s.protocol().isEmpty() || protocolOf(s) == p.protocol() && s.localPort().getAsInt() == port;
    }

    private IpPacket translateStatic(NatRule.Static s, IpPacket p, int port, long now) {
        Ipv4Address global = Ipv4Address.parse(s.global());
        int globalPort = s.globalPort().orElse(port);
        if (Rewrite.ported(p) || p.protocol() != 0) {
            add(new Translation(p.protocol(), p.source(), port, global, globalPort, p.destination(),
                    Rewrite.destinationPort(p), false, 0, nextEntryId++, now, now));
        }
        hits++;
        return Rewrite.source(p, global, globalPort);
    }

    /** Whether a dynamic rule's access list (or route map: first matching entry, deny = exempt) takes the packet. */
    private boolean selected(NatRule.Dynamic d, IpPacket p, RunningConfig config) {
        if (!d.byRouteMap()) {
            return permittedBy(d.selector(), p, config);
        }
        for (RouteMapEntry e : config.system().services().nat().routeMap(d.selector())) {
            boolean matched = e.matchAcls().isEmpty() || e.matchAcls().stream().anyMatch(a -> permittedBy(a, p, config));
            if (matched) {
                return e.permit();
            }
        }
        return false;
    }

    private boolean permittedBy(String aclName, IpPacket p, RunningConfig config) {
        Optional<AccessList> acl = config.accessList(aclName);
        if (acl.isEmpty()) {
            return false;
        }
        Optional<AclLine> line = AclMatcher.firstMatch(acl.get(), p);
        line.ifPresent(l -> counters.count(acl.get().name(), l.sequence()));
        return line.map(l -> l.entry().permit()).orElse(false);
    }

    private IpPacket translateDynamic(NatRule.Dynamic d, int mapId, IpPacket p, int port, RunningConfig config, long now) {
        Optional<Ipv4Address> global;
        if (d.iface().isPresent()) {
            global = config.iface(d.iface().get()).flatMap(InterfaceConfig::address)
                    .map(a -> Ipv4Address.parse(a.address()));
        } else {
            global = poolAddress(d, p, config, mapId, now);
        }
        if (global.isEmpty()) {
            misses++;
            return p;
        }
        if (!d.overload() && !Rewrite.ported(p)) {
            return Rewrite.source(p, global.get(), 0);
        }
        int globalPort = d.overload() ? freePort(p.protocol(), global.get(), port) : port;
        add(new Translation(p.protocol(), p.source(), port, global.get(), globalPort, p.destination(),
                Rewrite.destinationPort(p), false, mapId, nextEntryId++, now, now));
        created++;
        hits++; // IOS counts the packet that made the entry too (it is the punted one)
        return Rewrite.source(p, global.get(), globalPort);
    }

    /**
     * The pool address for the packet's source: with overload the pool's first address; without, the address a
     * simple entry already gives it, else the first free one (a new simple entry).
     */
    private Optional<Ipv4Address> poolAddress(NatRule.Dynamic d, IpPacket p, RunningConfig config, int mapId, long now) {
        Optional<NatPool> pool = config.system().services().nat().pool(d.pool().orElseThrow());
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        long start = Ipv4.toLong(pool.get().start());
        if (d.overload()) {
            return Optional.of(new Ipv4Address((int) start));
        }
        for (Translation t : entries) {
            if (!t.extended() && t.insideLocal().equals(p.source())) {
                return Optional.of(t.insideGlobal());
            }
        }
        for (long a = start; a <= Ipv4.toLong(pool.get().end()); a++) {
            Ipv4Address candidate = new Ipv4Address((int) a);
            if (entries.stream().noneMatch(t -> !t.extended() && t.insideGlobal().equals(candidate))) {
                add(new Translation(0, p.source(), 0, candidate, 0, Ipv4Address.ANY, 0, false, mapId, nextEntryId++, now, now));
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The inside port if no other flow uses it on that global address, else the next free one from 1024. */
    private int freePort(int protocol, Ipv4Address global, int wanted) {
        if (!portTaken(protocol, global, wanted)) {
            return wanted;
        }
        for (int port = FIRST_PORT; port <= 65535; port++) {
            if (!portTaken(protocol, global, port)) {
                return port;
            }
        }
        return wanted;
    }

    private boolean portTaken(int protocol, Ipv4Address global, int port) {
        return entries.stream().anyMatch(t -> t.extended() && t.protocol() == protocol && t.insideGlobal().equals(global)
                && t.globalPort() == port);
    }

    private void add(Translation t) {
        entries.add(t);
        if (entries.size() > peak) {
            peak = entries.size();
            peakAt = t.created();
        }
    }

    /** Static rules are entries of their own; a changed configuration keeps dynamic entries and re-derives statics. */
    private void sync(RunningConfig config, long now) {
        if (config == synced) {
            return;
        }
        synced = config;
        entries.removeIf(Translation::isStatic);
        List<Translation> statics = new ArrayList<>();
        for (NatRule r : config.system().services().nat().rules()) {
            if (r instanceof NatRule.Static s) {
                statics.add(new Translation(s.protocol().isEmpty() ? 0 : protocolOf(s), Ipv4Address.parse(s.local()),
                        s.localPort().orElse(0), Ipv4Address.parse(s.global()), s.globalPort().orElse(0), Ipv4Address.ANY,
                        0, true, 0, nextEntryId++, now, now));
            }
        }
        entries.addAll(0, statics);
        if (entries.size() > peak) {
            peak = entries.size();
            peakAt = now;
        }
    }

    private void expire(long now) {
        int before = entries.size();
        entries.removeIf(t -> t.timeoutMillis() > 0 && now - t.used() >= t.timeoutMillis());
        expired += before - entries.size();
    }

    private static int protocolOf(NatRule.Static s) {
        return s.protocol().orElseThrow().equals("tcp") ? IpPacket.TCP : IpPacket.UDP;
    }
}
