package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/** A `policy-map NAME`: its classes in the order typed, class-default (when configured) last as IOS keeps it. */
public record PolicyMap(String name, List<PolicyClass> classes) {

    public static final String CLASS_DEFAULT = "class-default";

    public PolicyMap {
        List<PolicyClass> ordered = new ArrayList<>(classes.stream().filter(c -> !c.isDefault()).toList());
        classes.stream().filter(PolicyClass::isDefault).forEach(ordered::add);
        classes = List.copyOf(ordered);
    }

    /** One `class NAME` of a policy-map and its actions. */
    public record PolicyClass(String name, OptionalLong priorityKbps, OptionalLong bandwidthKbps, boolean fairQueue) {

        public static PolicyClass empty(String name) {
            return new PolicyClass(name, OptionalLong.empty(), OptionalLong.empty(), false);
        }

        public boolean isDefault() {
            return name.equals(CLASS_DEFAULT);
        }

        public PolicyClass withPriority(OptionalLong v) {
            return new PolicyClass(name, v, OptionalLong.empty(), fairQueue);
        }

        public PolicyClass withBandwidth(OptionalLong v) {
            return new PolicyClass(name, OptionalLong.empty(), v, fairQueue);
        }

        public PolicyClass withFairQueue(boolean v) {
            return new PolicyClass(name, priorityKbps, bandwidthKbps, v);
        }
    }

    public Optional<PolicyClass> policyClass(String className) {
        return classes.stream().filter(c -> c.name().equals(className)).findFirst();
    }

    public PolicyMap withClass(String className, UnaryOperator<PolicyClass> edit) {
        List<PolicyClass> l = new ArrayList<>(classes);
        int i = l.stream().map(PolicyClass::name).toList().indexOf(className);
        if (i >= 0) {
            l.set(i, edit.apply(l.get(i)));
        } else {
            l.add(edit.apply(PolicyClass.empty(className)));
        }
        return new PolicyMap(name, l);
    }

    public PolicyMap withoutClass(String className) {
        return new PolicyMap(name, classes.stream().filter(c -> !c.name().equals(className)).toList());
    }
}
