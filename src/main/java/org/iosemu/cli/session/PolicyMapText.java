package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.ClassMap;
import org.iosemu.config.ClassMatch;
import org.iosemu.config.PolicyMap;
import org.iosemu.config.QosSettings;

/**
 * `show class-map`, `show policy-map` and `show policy-map interface` in the HQF layout of IOS 15.x (see
 * ../shared/reference/ios/samples/physics): per class its matches and counters, `Priority:` for LLQ classes,
 * `Queueing` blocks for the others, and the priority classes' queue statistics first.
 */
public final class PolicyMapText {

    /** Counters of a class ({@code match} -1) or of one match line of a match-any class. */
    @FunctionalInterface
    public interface Stats {
        QosClassStats of(String policy, String className, int match);
    }

    private PolicyMapText() {}

    public static List<String> classMaps(QosSettings q, Optional<String> name) {
        List<String> out = new ArrayList<>();
        List<ClassMap> maps = new ArrayList<>(q.classMaps().stream().filter(c -> name.map(c.name()::equals).orElse(true)).toList());
        if (name.isEmpty() || name.get().equals(PolicyMap.CLASS_DEFAULT)) {
            out.add(" Class Map match-any class-default (id 0)");
            out.add("   Match any ");
            out.add("");
        }
        for (int i = 0; i < maps.size(); i++) {
            ClassMap c = maps.get(i);
            out.add(" Class Map " + c.keyword() + " " + c.name() + " (id " + (q.classMaps().indexOf(c) + 1) + ")");
            c.matches().forEach(m -> out.add("   Match " + m.render().substring("match ".length())));
            out.add("");
        }
        return out;
    }

    public static List<String> policyMaps(QosSettings q, Optional<String> name) {
        List<String> out = new ArrayList<>();
        for (PolicyMap p : q.policyMaps()) {
            if (name.isPresent() && !name.get().equals(p.name())) {
                continue;
            }
            out.add("  Policy Map " + p.name());
            for (PolicyMap.PolicyClass c : p.classes()) {
                out.add("    Class " + c.name());
                c.priorityKbps().ifPresent(k -> out.add("      priority " + k + " (kbps)"));
                c.bandwidthKbps().ifPresent(k -> out.add("      bandwidth " + k + " (kbps)"));
                if (c.fairQueue()) {
                    out.add("      fair-queue");
                }
            }
            out.add("");
        }
        return out;
    }

    /** The block of one interface with an output policy; empty when it has none. */
    public static List<String> interfacePolicy(QosSettings q, String iface, Stats stats) {
        List<String> out = new ArrayList<>();
        Optional<PolicyMap> policy = q.outputPolicy(iface);
        if (policy.isEmpty()) {
            return out;
        }
        PolicyMap p = policy.get();
        List<PolicyMap.PolicyClass> classes = new ArrayList<>(p.classes());
        if (p.policyClass(PolicyMap.CLASS_DEFAULT).isEmpty()) {
            classes.add(PolicyMap.PolicyClass.empty(PolicyMap.CLASS_DEFAULT));
        }
        out.add(" " + iface + " ");
        out.add("");
        out.add("  Service-policy output: " + p.name());
        out.add("");
        List<QosClassStats> priority = classes.stream().filter(c -> c.priorityKbps().isPresent())
                .map(c -> stats.of(p.name(), c.name(), -1)).toList();
        if (!priority.isEmpty()) {
            out.add("    queue stats for all priority classes:");
            out.add("      Queueing");
            out.add("      queue limit 64 packets");
            out.add("      (queue depth/total drops/no-buffer drops) " + priority.stream().mapToInt(QosClassStats::depth).sum()
                    + "/" + priority.stream().mapToLong(QosClassStats::drops).sum() + "/0");
            out.add("      (pkts output/bytes output) " + priority.stream().mapToLong(QosClassStats::outputPackets).sum()
                    + "/" + priority.stream().mapToLong(QosClassStats::outputBytes).sum());
            out.add("");
        }
        for (PolicyMap.PolicyClass c : classes) {
            QosClassStats s = stats.of(p.name(), c.name(), -1);
            Optional<ClassMap> cm = q.classMap(c.name());
            boolean any = c.isDefault() || cm.map(ClassMap::matchAny).orElse(false);
            out.add("    Class-map: " + c.name() + " (" + (any ? "match-any" : "match-all") + ")");
            out.add("      " + s.matchedPackets() + " packets, " + s.matchedBytes() + " bytes");
            out.add("      5 minute offered rate " + s.offeredBps() + " bps, drop rate " + s.dropBps() + " bps");
            if (c.isDefault()) {
                out.add("      Match: any ");
            } else {
                List<ClassMatch> matches = cm.map(ClassMap::matches).orElse(List.of());
                for (int i = 0; i < matches.size(); i++) {
                    out.add("      Match: " + matches.get(i).describe());
                    if (any) {
                        QosClassStats m = stats.of(p.name(), c.name(), i);
                        out.add("        " + m.matchedPackets() + " packets, " + m.matchedBytes() + " bytes");
                        out.add("        5 minute rate " + m.offeredBps() + " bps");
                    }
                }
            }
            if (c.priorityKbps().isPresent()) {
                long k = c.priorityKbps().getAsLong();
                out.add("      Priority: " + k + " kbps, burst bytes " + k * 25 + ", b/w exceed drops: " + s.exceedDrops());
                out.add("      ");
            } else {
                out.add("      Queueing");
                out.add("      queue limit 64 packets");
                out.add(c.fairQueue()
                        ? "      (queue depth/total drops/no-buffer drops/flowdrops) " + s.depth() + "/" + s.drops() + "/0/0"
                        : "      (queue depth/total drops/no-buffer drops) " + s.depth() + "/" + s.drops() + "/0");
                out.add("      (pkts output/bytes output) " + s.outputPackets() + "/" + s.outputBytes());
                c.bandwidthKbps().ifPresent(k -> out.add("      bandwidth " + k + " kbps"));
                if (c.fairQueue()) {
                    out.add("      Fair-queue: per-flow queue limit 16");
                }
            }
            out.add("");
        }
        return out;
    }
}
