package org.iosemu.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclLine;
import org.iosemu.config.ClassMap;
import org.iosemu.config.ClassMatch;
import org.iosemu.config.PolicyMap;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.TrafficSelector;
import org.iosemu.net.ClassBasedQueue;
import org.iosemu.net.Egress;
import org.iosemu.net.IpPacket;
import org.iosemu.net.OutputQueue;
import org.iosemu.net.QueuePolicy;

/**
 * A router's output policies as the lab network applies them: each interface's `service-policy output`
 * compiled once per configuration into classifiers and a {@link ClassBasedQueue} recipe, and the counters of
 * every class (kept by interface, policy and class name, so they survive unrelated configuration edits).
 */
final class QosPolicies {

    private final LabTime time;
    private final Map<String, ClassCounters> counters = new HashMap<>();
    private volatile Compiled compiled;

    QosPolicies(LabTime time) {
        this.time = time;
    }

    private record Compiled(RunningConfig config, Map<String, Optional<Policy>> byInterface) {}

    /** How a packet leaving by {@code iface} is queued; {@code classifyBy} is the packet the classes look at. */
    Egress egress(RunningConfig config, String iface, IpPacket classifyBy) {
        if (config.qos().outputPolicies().isEmpty()) {
            return Egress.FIFO;
        }
        Optional<Policy> policy = policy(config, iface);
        return policy.isEmpty() ? Egress.FIFO : policy.get().egress(classifyBy);
    }

    /**
     * Whether {@code packet} belongs to a priority class of {@code iface}'s `service-policy output`: the crypto
     * engine's priority queue (LLQ for IPsec encryption engines) takes it. Counts nothing.
     */
    boolean priority(RunningConfig config, String iface, IpPacket packet) {
        if (config.qos().outputPolicies().isEmpty()) {
            return false;
        }
        return policy(config, iface).map(p -> p.priority(packet)).orElse(false);
    }

    private Optional<Policy> policy(RunningConfig config, String iface) {
        Compiled c = compiled;
        if (c == null || c.config() != config) {
            c = new Compiled(config, new HashMap<>());
            compiled = c;
        }
        return c.byInterface().computeIfAbsent(iface, i -> config.qos().outputPolicy(i).map(p -> new Policy(config, i, p)));
    }

    /** The counters of a class (or, with {@code match} ≥ 0, of one match line of a match-any class). */
    synchronized ClassCounters counters(String iface, String policy, String className, int match) {
        return counters.computeIfAbsent(iface + "\0" + policy + "\0" + className + "\0" + match, k -> new ClassCounters(time));
    }

    /** `clear counters`. */
    synchronized void clear() {
        counters.clear();
        compiled = null; // the compiled policies hold the old counters
    }

    private record Classified(int index, int match) {}

    /** One interface's compiled policy: its classes in order, class-default last (implicit when not configured). */
    private final class Policy implements QueuePolicy {
        private final List<PolicyMap.PolicyClass> classes = new ArrayList<>();
        private final List<List<Predicate<IpPacket>>> matches = new ArrayList<>();
        private final List<Boolean> matchAny = new ArrayList<>();
        private final List<ClassCounters> classCounters = new ArrayList<>();
        private final String iface;
        private final String name;

        Policy(RunningConfig config, String iface, PolicyMap policy) {
            this.iface = iface;
            this.name = policy.name();
            classes.addAll(policy.classes());
            if (policy.policyClass(PolicyMap.CLASS_DEFAULT).isEmpty()) {
                classes.add(PolicyMap.PolicyClass.empty(PolicyMap.CLASS_DEFAULT));
            }
            for (PolicyMap.PolicyClass pc : classes) {
                Optional<ClassMap> cm = config.qos().classMap(pc.name());
                matches.add(cm.map(m -> m.matches().stream().map(x -> predicate(config, x)).toList()).orElse(List.of()));
                matchAny.add(cm.map(ClassMap::matchAny).orElse(false));
                classCounters.add(counters(iface, name, pc.name(), -1));
            }
        }

        Egress egress(IpPacket p) {
            Classified c = classify(p);
            if (c.match() >= 0) {
                counters(iface, name, classes.get(c.index()).name(), c.match()).matched(p.length());
            }
            return egress(c.index(), p);
        }

        /** Whether {@code p} falls in a class with `priority` (nothing counted: the crypto engine's question). */
        boolean priority(IpPacket p) {
            return classes.get(classify(p).index()).priorityKbps().isPresent();
        }

        /** The first class {@code p} meets (class-default last), and the match line that hit in a match-any class. */
        private Classified classify(IpPacket p) {
            for (int i = 0; i < classes.size(); i++) {
                if (classes.get(i).isDefault()) {
                    continue;
                }
                List<Predicate<IpPacket>> m = matches.get(i);
                int hit = -1;
                boolean all = !m.isEmpty();
                for (int j = 0; j < m.size(); j++) {
                    boolean ok = m.get(j).test(p);
                    if (ok && hit < 0) {
                        hit = j;
                    }
                    all &= ok;
                }
                if (matchAny.get(i) ? hit >= 0 : all) {
                    return new Classified(i, matchAny.get(i) ? hit : -1);
                }
            }
            return new Classified(classes.size() - 1, -1);
        }

        private Egress egress(int index, IpPacket p) {
            ClassCounters c = classCounters.get(index);
            c.matched(p.length());
            return new Egress(this, index, c);
        }

        @Override
        public OutputQueue newQueue(long linkKbps) {
            List<ClassBasedQueue.ClassSpec> specs = new ArrayList<>();
            for (PolicyMap.PolicyClass pc : classes) {
                specs.add(new ClassBasedQueue.ClassSpec(pc.priorityKbps().isPresent(),
                        pc.priorityKbps().orElse(pc.bandwidthKbps().orElse(0)), pc.fairQueue()));
            }
            return new ClassBasedQueue(specs, linkKbps, time.scheduler());
        }
    }

    /** Whether a packet meets one `match` line. */
    private static Predicate<IpPacket> predicate(RunningConfig config, ClassMatch m) {
        return switch (m.kind()) {
            case DSCP -> {
                List<Integer> v = m.values().stream().map(x -> ClassMatch.dscp(x).orElseThrow()).toList();
                yield p -> v.contains(p.dscp());
            }
            case PRECEDENCE -> {
                List<Integer> v = m.values().stream().map(x -> ClassMatch.precedence(x).orElseThrow()).toList();
                yield p -> v.contains(p.tos() >>> 5);
            }
            case ACCESS_GROUP, ACCESS_GROUP_NAME -> permittedBy(config.accessList(m.values().get(0)));
        };
    }

    private static boolean sourceMatches(org.iosemu.config.AclAddress a, org.iosemu.net.Ipv4Address source) {
        return switch (a.kind()) {
            case ANY -> true;
            case HOST -> org.iosemu.net.Ipv4Address.parse(a.address()).equals(source);
            case WILDCARD -> {
                int keep = ~org.iosemu.net.Ipv4Address.parse(a.wildcard()).bits();
                yield (source.bits() & keep) == (org.iosemu.net.Ipv4Address.parse(a.address()).bits() & keep);
            }
        };
    }

    /** First match wins; a missing list matches nothing; standard rules look at the source only. */
    private static Predicate<IpPacket> permittedBy(Optional<AccessList> list) {
        if (list.isEmpty()) {
            return p -> false;
        }
        TrafficSelector extended = CryptoAclMapper.selector(list);
        List<AclEntry> standard = list.get().rules().stream().map(AclLine::entry)
                .filter(e -> !e.isRemark() && e.destination().isEmpty()).toList();
        if (standard.isEmpty()) {
            return p -> extended.firstMatch(Addresses.ike(p.source()), Addresses.ike(p.destination()), p.protocol(),
                    p.sourcePort(), p.destinationPort()).map(TrafficSelector.Rule::permit).orElse(false);
        }
        return p -> {
            for (AclEntry e : standard) {
                if (sourceMatches(e.source(), p.source())) {
                    return e.permit();
                }
            }
            return false;
        };
    }
}
