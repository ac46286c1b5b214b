package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.acl.AclCounters;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclName;
import org.iosemu.config.RouteMapEntry;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;

/**
 * The EXEC commands on the data plane's packet features: `show [ip] access-lists` with match counters,
 * `show ip nat translations|statistics`, `show route-map`, `clear [ip] access-list counters`, `clear ip nat
 * translation *|statistics`.
 */
final class PacketFeatureShows {

    private PacketFeatureShows() {}

    /** `show [ip] access-lists [NUMBER|NAME]`: numbered lists first, then named ones, or just the one asked for. */
    static void accessLists(RunningConfig config, IosParser.Sh_access_listsContext c, AclCounters counters, CliOutput out) {
        var lists = c.arg_acl_show() == null ? config.accessLists()
                : config.accessList(c.arg_acl_show().getText()).stream().toList();
        for (AccessList acl : lists) {
            acl.renderShow(sequence -> counters.matches(acl.name(), sequence)).forEach(l -> out.print(l + "\n"));
        }
    }

    static void nat(RunningConfig config, IosParser.Sh_ip_natContext c, RouterServices services, CliOutput out) {
        if (c.STATISTICS() != null) {
            out.print(services.nat().renderStatistics(config, services.nowMillis()));
        } else {
            out.print(services.nat().renderTranslations(config, services.nowMillis(), c.VERBOSE() != null));
        }
    }

    /** `show route-map [NAME]`; NAT-only maps never count policy-routing matches. */
    static void routeMaps(RunningConfig config, IosParser.Sh_route_mapContext c, CliOutput out) {
        Optional<String> only = Optional.ofNullable(c.arg_route_map_name()).map(n -> n.getText());
        for (RouteMapEntry e : config.system().services().nat().routeMaps()) {
            if (only.isPresent() && !only.get().equals(e.name())) {
                continue;
            }
            out.print("route-map " + e.name() + ", " + (e.permit() ? "permit" : "deny") + ", sequence " + e.sequence() + "\n");
            out.print("  Match clauses:\n");
            if (!e.matchAcls().isEmpty()) {
                out.print("    ip address (access-lists): " + String.join(" ", e.matchAcls()) + " \n");
            }
            out.print("  Set clauses:\n");
            out.print("  Policy routing matches: 0 packets, 0 bytes\n");
        }
    }

    static void clear(IosParser.Ex_clearContext c, RouterServices services) {
        if (c.clear_access_list() != null || c.clear_ip().COUNTERS() != null) {
            var name = c.clear_access_list() != null ? c.clear_access_list().arg_acl_show() : c.clear_ip().arg_acl_show();
            services.aclCounters().clear(Optional.ofNullable(name).map(n -> AclName.of(n.getText())));
        } else if (c.clear_ip().STATISTICS() != null) {
            services.nat().clearStatistics();
        } else {
            services.nat().clearDynamic();
        }
    }
}
