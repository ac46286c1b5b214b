package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The modular QoS configuration: class-maps and policy-maps in the order they were created, which policy
 * each interface applies to its output (`service-policy output`), and where `qos pre-classify` is set
 * (interfaces by canonical name, crypto map entries as "MAP SEQ"). Kept apart from the interfaces and maps
 * so a policy can be attached before it exists, as IOS allows for crypto maps (and shows a warning for policies).
 */
public record QosSettings(List<ClassMap> classMaps, List<PolicyMap> policyMaps, Map<String, String> outputPolicies,
                          Set<String> preClassifyInterfaces, Set<String> preClassifyMapEntries) {

    public QosSettings {
        classMaps = List.copyOf(classMaps);
        policyMaps = List.copyOf(policyMaps);
        outputPolicies = java.util.Collections.unmodifiableMap(new TreeMap<>(outputPolicies));
        preClassifyInterfaces = java.util.Collections.unmodifiableSet(new TreeSet<>(preClassifyInterfaces));
        preClassifyMapEntries = java.util.Collections.unmodifiableSet(new TreeSet<>(preClassifyMapEntries));
    }

    public static QosSettings empty() {
        return new QosSettings(List.of(), List.of(), Map.of(), Set.of(), Set.of());
    }

    public Optional<ClassMap> classMap(String name) {
        return classMaps.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<PolicyMap> policyMap(String name) {
        return policyMaps.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The interfaces (canonical names, in order) whose output policy has a class with `priority`, with that policy:
     * the classes the crypto engine's priority queue takes (LLQ for IPsec encryption engines).
     */
    public Map<String, PolicyMap> priorityPolicies() {
        Map<String, PolicyMap> found = new java.util.LinkedHashMap<>();
        outputPolicies.forEach((iface, name) -> policyMap(name)
                .filter(p -> p.classes().stream().anyMatch(c -> c.priorityKbps().isPresent()))
                .ifPresent(p -> found.put(iface, p)));
        return found;
    }

    /** The policy applied to the output of the interface with this canonical name. */
    public Optional<PolicyMap> outputPolicy(String iface) {
        return Optional.ofNullable(outputPolicies.get(iface)).flatMap(this::policyMap);
    }

    public QosSettings withClassMap(ClassMap c) {
        return new QosSettings(replace(classMaps, c, ClassMap::name), policyMaps, outputPolicies,
                preClassifyInterfaces, preClassifyMapEntries);
    }

    public QosSettings withoutClassMap(String name) {
        return new QosSettings(classMaps.stream().filter(c -> !c.name().equals(name)).toList(), policyMaps,
                outputPolicies, preClassifyInterfaces, preClassifyMapEntries);
    }

    public QosSettings withPolicyMap(PolicyMap p) {
        return new QosSettings(classMaps, replace(policyMaps, p, PolicyMap::name), outputPolicies,
                preClassifyInterfaces, preClassifyMapEntries);
    }

    public QosSettings withoutPolicyMap(String name) {
        return new QosSettings(classMaps, policyMaps.stream().filter(p -> !p.name().equals(name)).toList(),
                outputPolicies, preClassifyInterfaces, preClassifyMapEntries);
    }

    public QosSettings withPolicyMap(String name, UnaryOperator<PolicyMap> edit) {
        return withPolicyMap(edit.apply(policyMap(name).orElse(new PolicyMap(name, List.of()))));
    }

    public QosSettings withOutputPolicy(String iface, Optional<String> policy) {
        Map<String, String> m = new TreeMap<>(outputPolicies);
        policy.ifPresentOrElse(p -> m.put(iface, p), () -> m.remove(iface));
        return new QosSettings(classMaps, policyMaps, m, preClassifyInterfaces, preClassifyMapEntries);
    }

    public QosSettings withPreClassifyInterface(String iface, boolean on) {
        return new QosSettings(classMaps, policyMaps, outputPolicies, toggled(preClassifyInterfaces, iface, on),
                preClassifyMapEntries);
    }

    public QosSettings withPreClassifyMapEntry(String map, int seq, boolean on) {
        return new QosSettings(classMaps, policyMaps, outputPolicies, preClassifyInterfaces,
                toggled(preClassifyMapEntries, map + " " + seq, on));
    }

    public boolean preClassify(String map, int seq) {
        return preClassifyMapEntries.contains(map + " " + seq);
    }

    private static Set<String> toggled(Set<String> set, String key, boolean on) {
        Set<String> s = new TreeSet<>(set);
        if (on) {
            s.add(key);
        } else {
            s.remove(key);
        }
        return s;
    }

    private static <T> List<T> replace(List<T> list, T item, java.util.function.Function<T, String> name) {
        List<T> l = new ArrayList<>(list);
        for (int i = 0; i < l.size(); i++) {
            if (name.apply(l.get(i)).equals(name.apply(item))) {
                l.set(i, item);
                return l;
            }
        }
        l.add(item);
        return l;
    }
}
