package org.iosemu.nat;

import java.util.List;
import java.util.stream.Collectors;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpFeatures;
import org.iosemu.config.NatPool;
import org.iosemu.config.NatRule;
import org.iosemu.config.RunningConfig;
import org.iosemu.net.IpPacket;

/** `show ip nat translations [verbose]` and `show ip nat statistics` in the IOS 15.x layouts. */
final class NatShow {

    static final String HEADER = "Pro Inside global      Inside local       Outside local      Outside global\n";

    private NatShow() {}

    /** Fields start at fixed columns 23, 42 and 61 after `PROTO INSIDE-GLOBAL`; an overlong one keeps one blank. */
    static String translations(NatTranslator.Snapshot s, long now, boolean verbose) {
        StringBuilder b = new StringBuilder(HEADER);
        for (Translation t : s.entries()) {
            StringBuilder row = new StringBuilder(protocol(t)).append(' ').append(endpoint(t.insideGlobal().toString(), t, t.globalPort()));
            column(row, 23, endpoint(t.insideLocal().toString(), t, t.localPort()));
            String outside = t.extended() && !t.outside().equals(org.iosemu.net.Ipv4Address.ANY)
                    ? t.outside() + ":" + t.outsidePort() : "---";
            column(row, 42, outside);
            column(row, 61, outside);
            b.append(row).append('\n');
            if (verbose) {
                verbose(b, s, t, now);
            }
        }
        return b.toString();
    }

    private static void verbose(StringBuilder b, NatTranslator.Snapshot s, Translation t, long now) {
        b.append("    create ").append(hms(now - t.created())).append(", use ").append(hms(now - t.used()))
                .append(" timeout:").append(t.timeoutMillis()).append(',');
        if (t.timeoutMillis() > 0) {
            b.append(" left ").append(hms(t.timeoutMillis() - (now - t.used()))).append(',');
            if (t.mapId() > 0) {
                b.append(" Map-Id(In): ").append(t.mapId()).append(',');
            }
        }
        b.append("\n    flags:\n");
        long uses = t.isStatic() ? s.entries().stream().filter(x -> !x.isStatic() && x.extended()
                && x.insideLocal().equals(t.insideLocal()) && x.insideGlobal().equals(t.insideGlobal())).count() : 0;
        b.append(t.isStatic() ? "static, " : "").append(t.extended() ? "extended, " : "")
                .append("use_count: ").append(uses).append(", entry-id: ").append(t.entryId()).append(", lc_entries: 0\n");
    }

    private static String protocol(Translation t) {
        return switch (t.protocol()) {
            case 0 -> "---";
            case IpPacket.ICMP -> "icmp";
            case IpPacket.TCP -> "tcp";
            case IpPacket.UDP -> "udp";
            default -> Integer.toString(t.protocol());
        };
    }

    private static String endpoint(String address, Translation t, int port) {
        return t.extended() ? address + ":" + port : address;
    }

    private static void column(StringBuilder row, int at, String field) {
        row.append(" ".repeat(Math.max(1, at - row.length()))).append(field);
    }

    static String statistics(NatTranslator.Snapshot s, RunningConfig config, long now) {
        StringBuilder b = new StringBuilder();
        long statics = s.entries().stream().filter(Translation::isStatic).count();
        long extended = s.entries().stream().filter(Translation::extended).count();
        b.append("Total active translations: ").append(s.entries().size()).append(" (").append(statics).append(" static, ")
                .append(s.entries().size() - statics).append(" dynamic; ").append(extended).append(" extended)\n");
        if (s.peak() > 0) {
            b.append("Peak translations: ").append(s.peak()).append(", occurred ").append(hms(now - s.peakAt())).append(" ago\n");
        }
        b.append("Outside interfaces:\n").append(interfaces(config, IpFeatures.NatSide.OUTSIDE));
        b.append("Inside interfaces:\n").append(interfaces(config, IpFeatures.NatSide.INSIDE));
        b.append("Hits: ").append(s.hits()).append("  Misses: ").append(s.misses()).append('\n');
        b.append("CEF Translated packets: ").append(Math.max(0, s.hits() - s.created())).append(", CEF Punted packets: ")
                .append(s.created()).append('\n');
        b.append("Expired translations: ").append(s.expired()).append('\n');
        b.append("Dynamic mappings:\n");
        List<NatRule.Dynamic> dynamic = config.system().services().nat().rules().stream()
                .filter(r -> r instanceof NatRule.Dynamic).map(r -> (NatRule.Dynamic) r).toList();
        if (!dynamic.isEmpty() || !s.tunnelPools().isEmpty()) {
            b.append("-- Inside Source\n");
        }
        for (int i = 0; i < dynamic.size(); i++) {
            NatRule.Dynamic d = dynamic.get(i);
            int id = i + 1;
            long refs = s.entries().stream().filter(t -> t.mapId() == id).count();
            b.append("[Id: ").append(id).append("] ").append(d.byRouteMap() ? "route-map " : "access-list ").append(d.selector())
                    .append(d.iface().map(f -> " interface " + f.canonical()).orElseGet(() -> " pool " + d.pool().orElseThrow()))
                    .append(" refcount ").append(refs).append('\n');
            if (d.pool().isPresent()) {
                config.system().services().nat().pool(d.pool().get()).ifPresent(p -> pool(b, p, s, id));
            }
        }
        for (int i = 0; i < s.tunnelPools().size(); i++) {
            NatPool p = s.tunnelPools().get(i);
            int id = dynamic.size() + 1 + i;
            long refs = s.entries().stream().filter(t -> t.mapId() == id).count();
            b.append("[Id: ").append(id).append("] access-list enterprise-list pool ").append(p.name())
                    .append(" refcount ").append(refs).append('\n');
            pool(b, p, s, id);
        }
        b.append("\nTotal doors: 0\nAppl doors: 0\nNormal doors: 0\nQueued Packets: 0\n");
        return b.toString();
    }

    private static void pool(StringBuilder b, NatPool p, NatTranslator.Snapshot s, int id) {
        long allocated = s.entries().stream().filter(t -> t.mapId() == id && !t.extended()).count();
        b.append(" pool ").append(p.name()).append(": netmask ").append(p.netmask()).append('\n')
                .append("    start ").append(p.start()).append(" end ").append(p.end()).append('\n')
                .append("    type generic, total addresses ").append(p.size()).append(", allocated ").append(allocated)
                .append(" (").append(p.size() == 0 ? 0 : allocated * 100 / p.size()).append("%), misses 0\n");
    }

    private static String interfaces(RunningConfig config, IpFeatures.NatSide side) {
        String names = config.interfaces().stream().filter(i -> i.features().nat().equals(java.util.Optional.of(side)))
                .map(InterfaceConfig::name).map(Object::toString).collect(Collectors.joining(", "));
        return names.isEmpty() ? "" : "  " + names + "\n";
    }

    static String hms(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
