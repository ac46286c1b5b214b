package org.iosemu.config.render;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.AccessList;
import org.iosemu.config.IpLocalPool;
import org.iosemu.config.LineConfig;
import org.iosemu.config.NtpServer;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.SnmpCommunity;
import org.iosemu.config.StaticRoute;
import org.iosemu.config.SystemServices;

/** After the interfaces: local pools, forwarding, routes, named access lists, logging hosts, numbered access lists, SNMP, control-plane, banners, the lines and NTP. */
final class TailSection {

    private TailSection() {}

    static List<String> render(RunningConfig config) {
        SystemServices services = config.system().services();
        List<String> out = new ArrayList<>();
        services.ip().localPools().stream().map(IpLocalPool::render).forEach(out::addAll);
        if (!services.ip().classless()) {
            out.add("no ip classless");
        }
        out.add("ip forward-protocol nd");
        out.add("no ip http server");
        out.add("no ip http secure-server");
        out.add("!");
        config.system().routes().stream().map(StaticRoute::render).forEach(out::add);
        if (!config.system().routes().isEmpty()) {
            out.add("!");
        }
        List<AccessList> named = config.accessLists().stream().filter(a -> !a.numbered()).toList();
        named.stream().map(AccessList::render).forEach(out::addAll);
        if (!named.isEmpty()) {
            out.add("!");
        }
        out.addAll(services.logging().renderHosts()); // IOS writes logging hosts before numbered access lists
        config.accessLists().stream().filter(AccessList::numbered).map(AccessList::render).forEach(out::addAll);
        out.add("!");
        out.addAll(snmp(services));
        out.add("!");
        out.add("!");
        out.add("control-plane");
        out.add("!");
        out.add("!");
        out.addAll(services.banners().render());
        out.add("!");
        for (LineConfig.Kind kind : List.of(LineConfig.Kind.CON, LineConfig.Kind.AUX)) {
            LineConfig l = config.lines().stream().filter(c -> c.kind() == kind).findFirst()
                    .orElseGet(() -> LineConfig.fresh(kind, 0, 0));
            out.addAll(l.render());
        }
        for (LineConfig group : vtyGroups(config.lines())) {
            out.addAll(group.render());
        }
        out.add("!");
        services.ntpServers().stream().map(NtpServer::render).forEach(out::add);
        out.add("end");
        return out;
    }

    private static List<String> snmp(SystemServices services) {
        List<String> out = new ArrayList<>();
        services.snmpCommunities().stream().map(SnmpCommunity::render).forEach(out::add);
        if (!out.isEmpty()) {
            out.add("!");
        }
        return out;
    }

    /**
     * IOS writes vty lines in groups of neighbours with identical settings, never joining 0-4 (the
     * classic telnet block) with the lines above it.
     */
    static List<LineConfig> vtyGroups(List<LineConfig> lines) {
        List<LineConfig> vtys = lines.stream().filter(l -> l.kind() == LineConfig.Kind.VTY)
                .sorted(java.util.Comparator.comparingInt(LineConfig::first)).toList();
        List<LineConfig> groups = new ArrayList<>();
        for (LineConfig l : vtys) {
            int last = groups.size() - 1;
            if (last >= 0) {
                LineConfig g = groups.get(last);
                boolean neighbour = g.last() + 1 == l.first() && !(g.last() == 4 && l.first() == 5);
                if (neighbour && g.sameSettings(l)) {
                    groups.set(last, g.withRange(g.first(), l.last()));
                    continue;
                }
            }
            groups.add(l);
        }
        return groups;
    }
}
