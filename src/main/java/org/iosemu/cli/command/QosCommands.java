package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.ClassMap;
import org.iosemu.config.ClassMatch;
import org.iosemu.config.PolicyMap;
import org.iosemu.grammar.IosParser;

/**
 * The modular QoS CLI: `class-map` (config-cmap), `policy-map` (config-pmap) with its classes (config-pmap-c),
 * `service-policy output` and `qos pre-classify` on interfaces and crypto map entries.
 */
final class QosCommands {

    private QosCommands() {}

    static CommandResult classMap(IosParser.Gc_class_mapContext c, CommandEnv env) {
        String name = c.arg_class_map_name().getText();
        Optional<ClassMap> existing = env.config().qos().classMap(name);
        boolean matchAny = c.MATCH_ANY() != null || (c.MATCH_ALL() == null && existing.map(ClassMap::matchAny).orElse(false));
        env.store().apply(rc -> rc.withQos(q -> q.withClassMap(new ClassMap(name, matchAny,
                existing.map(ClassMap::matches).orElse(List.of())))));
        return new CommandResult.Enter(Mode.CLASS_MAP, new ModeTarget.ClassMapName(name));
    }

    static CommandResult noClassMap(IosParser.Gc_class_map_noContext c, CommandEnv env) {
        String name = c.arg_class_map_name().getText();
        env.store().apply(rc -> rc.withQos(q -> q.withoutClassMap(name)));
        return CommandResult.DONE;
    }

    static CommandResult policyMap(IosParser.Gc_policy_mapContext c, CommandEnv env) {
        String name = c.arg_policy_map_name().getText();
        env.store().apply(rc -> rc.withQos(q -> q.withPolicyMap(name, p -> p)));
        return new CommandResult.Enter(Mode.POLICY_MAP, new ModeTarget.PolicyMapName(name));
    }

    static CommandResult noPolicyMap(IosParser.Gc_policy_map_noContext c, CommandEnv env) {
        String name = c.arg_policy_map_name().getText();
        if (env.config().qos().outputPolicies().containsValue(name)) {
            return CommandResult.rejected("Policy map " + name + " is being used\n");
        }
        env.store().apply(rc -> rc.withQos(q -> q.withoutPolicyMap(name)));
        return CommandResult.DONE;
    }

    /** `match ...` (add) or `no match ...` (remove) in (config-cmap). */
    static CommandResult match(IosParser.Cmap_criterionContext c, String classMap, boolean add, CommandEnv env) {
        Optional<ClassMatch> m = criterion(c);
        if (m.isEmpty()) {
            return CommandResult.invalidAt(firstBadValue(c));
        }
        env.store().apply(rc -> rc.withQos(q -> q.classMap(classMap)
                .map(cm -> q.withClassMap(add ? cm.withMatch(m.get()) : cm.withoutMatch(m.get()))).orElse(q)));
        return CommandResult.DONE;
    }

    private static Optional<ClassMatch> criterion(IosParser.Cmap_criterionContext c) {
        if (c.arg_cmap_acl_number() != null) {
            return Optional.of(new ClassMatch(ClassMatch.Kind.ACCESS_GROUP, List.of(c.arg_cmap_acl_number().getText())));
        }
        if (c.arg_cmap_acl_name() != null) {
            return Optional.of(new ClassMatch(ClassMatch.Kind.ACCESS_GROUP_NAME, List.of(c.arg_cmap_acl_name().getText())));
        }
        if (c.DSCP() != null) {
            return values(c.arg_cmap_dscp(), ClassMatch::dscp, ClassMatch::dscpText)
                    .map(v -> new ClassMatch(ClassMatch.Kind.DSCP, v));
        }
        return values(c.arg_cmap_precedence(), ClassMatch::precedence, String::valueOf)
                .map(v -> new ClassMatch(ClassMatch.Kind.PRECEDENCE, v));
    }

    /** The values as IOS writes them back, or empty when one is not a valid name or number. */
    private static Optional<List<String>> values(List<? extends ParserRuleContext> args,
                                                 Function<String, Optional<Integer>> parse, Function<Integer, String> text) {
        List<String> out = new ArrayList<>();
        for (ParserRuleContext a : args) {
            Optional<Integer> v = parse.apply(a.getText());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            if (!out.contains(text.apply(v.get()))) {
                out.add(text.apply(v.get()));
            }
        }
        return Optional.of(out);
    }

    private static int firstBadValue(IosParser.Cmap_criterionContext c) {
        List<? extends ParserRuleContext> args = c.DSCP() != null ? c.arg_cmap_dscp() : c.arg_cmap_precedence();
        Function<String, Optional<Integer>> parse = c.DSCP() != null ? ClassMatch::dscp : ClassMatch::precedence;
        for (ParserRuleContext a : args) {
            if (parse.apply(a.getText()).isEmpty()) {
                return a.getStart().getCharPositionInLine();
            }
        }
        return c.getStart().getCharPositionInLine();
    }

    /** `class NAME` in (config-pmap): enters (config-pmap-c); the class-map must exist (class-default always does). */
    static CommandResult policyClass(IosParser.Pmap_classContext c, String policy, CommandEnv env) {
        String name = c.arg_pmap_class_name().getText();
        if (!name.equals(PolicyMap.CLASS_DEFAULT) && env.config().qos().classMap(name).isEmpty()) {
            return CommandResult.rejected("class-map " + name + " not configured\n");
        }
        env.store().apply(rc -> rc.withQos(q -> q.withPolicyMap(policy, p -> p.withClass(name, pc -> pc))));
        return new CommandResult.Enter(Mode.POLICY_CLASS, new ModeTarget.PolicyClassName(policy, name));
    }

    static CommandResult noPolicyClass(IosParser.Policy_map_noContext c, String policy, CommandEnv env) {
        String name = c.arg_pmap_class_name().getText();
        env.store().apply(rc -> rc.withQos(q -> q.withPolicyMap(policy, p -> p.withoutClass(name))));
        return CommandResult.DONE;
    }

    /** `priority KBPS`, `bandwidth KBPS`, `fair-queue` in (config-pmap-c). */
    static CommandResult classAction(IosParser.Policy_class_commandContext c, ModeTarget.PolicyClassName t, CommandEnv env) {
        if (c.pmc_priority() != null) {
            long kbps = Long.parseLong(c.pmc_priority().arg_pmc_priority_kbps().getText());
            return editClass(t, env, pc -> pc.withPriority(OptionalLong.of(kbps)));
        }
        if (c.pmc_bandwidth() != null) {
            long kbps = Long.parseLong(c.pmc_bandwidth().arg_pmc_bandwidth_kbps().getText());
            return editClass(t, env, pc -> pc.withBandwidth(OptionalLong.of(kbps)));
        }
        if (c.pmc_fair_queue() != null) {
            return editClass(t, env, pc -> pc.withFairQueue(true));
        }
        return null;
    }

    static CommandResult noClassAction(IosParser.Policy_class_noContext c, ModeTarget.PolicyClassName t, CommandEnv env) {
        if (c.PRIORITY() != null) {
            return editClass(t, env, pc -> pc.priorityKbps().isPresent() ? pc.withPriority(OptionalLong.empty()) : pc);
        }
        if (c.BANDWIDTH() != null) {
            return editClass(t, env, pc -> pc.bandwidthKbps().isPresent() ? pc.withBandwidth(OptionalLong.empty()) : pc);
        }
        return editClass(t, env, pc -> pc.withFairQueue(false));
    }

    private static CommandResult editClass(ModeTarget.PolicyClassName t, CommandEnv env,
                                           java.util.function.UnaryOperator<PolicyMap.PolicyClass> edit) {
        env.store().apply(rc -> rc.withQos(q -> q.withPolicyMap(t.policy(), p -> p.withClass(t.className(), edit))));
        return CommandResult.DONE;
    }

    /** `service-policy output NAME` on an interface: the policy must exist. */
    static CommandResult servicePolicy(IosParser.If_service_policyContext c, String iface, CommandEnv env) {
        String name = c.arg_service_policy_name().getText();
        if (env.config().qos().policyMap(name).isEmpty()) {
            return CommandResult.rejected("policy map " + name + " not configured\n");
        }
        env.store().apply(rc -> rc.withQos(q -> q.withOutputPolicy(iface, Optional.of(name))));
        warnAboveEngine(env.config().qos().policyMap(name).orElseThrow(), iface, env);
        return CommandResult.DONE;
    }

    /**
     * LLQ for IPsec encryption engines: a policy on an interface with a crypto map whose priority and bandwidth
     * add up to more than the crypto engine processes is accepted with a warning (wording inferred).
     */
    private static void warnAboveEngine(PolicyMap policy, String iface, CommandEnv env) {
        if (env.cryptoEngineKbps().isEmpty() || env.loading()) {
            return;
        }
        boolean cryptoMap = org.iosemu.config.InterfaceName.parse(iface).flatMap(n -> env.config().iface(n))
                .flatMap(i -> i.cryptoMap()).isPresent();
        long aggregate = policy.classes().stream()
                .mapToLong(c -> c.priorityKbps().orElse(0) + c.bandwidthKbps().orElse(0)).sum();
        long engine = env.cryptoEngineKbps().getAsLong();
        if (cryptoMap && aggregate > engine) {
            env.out().print("% Warning: policy-map " + policy.name() + " aggregate bandwidth " + aggregate
                    + " kbps exceeds crypto engine bandwidth " + engine + " kbps\n");
        }
    }

    static CommandResult noServicePolicy(String iface, CommandEnv env) {
        env.store().apply(rc -> rc.withQos(q -> q.withOutputPolicy(iface, Optional.empty())));
        return CommandResult.DONE;
    }

    static CommandResult preClassifyInterface(String iface, boolean on, CommandEnv env) {
        env.store().apply(rc -> rc.withQos(q -> q.withPreClassifyInterface(iface, on)));
        return CommandResult.DONE;
    }

    static CommandResult preClassifyMapEntry(ModeTarget.MapEntry m, boolean on, CommandEnv env) {
        env.store().apply(rc -> rc.withQos(q -> q.withPreClassifyMapEntry(m.map(), m.seq(), on)));
        return CommandResult.DONE;
    }
}
