package org.iosemu.cli.command;

import java.util.Optional;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.IpFeatures;
import org.iosemu.grammar.IosParser;

/**
 * The (config-if) `ip` lines for the interface's packet features: `ip access-group ACL in|out`, `ip nat
 * inside|outside`, `[no] ip redirects|unreachables|proxy-arp`, `[no] ip virtual-reassembly [in|out]`.
 */
final class InterfaceFeatureCommands {

    private InterfaceFeatureCommands() {}

    static CommandResult set(IosParser.If_ip_featureContext c, InterfaceName name, CommandEnv env) {
        if (c.if_access_group() != null) {
            var g = c.if_access_group();
            String acl = g.arg_if_access_group().getText();
            return InterfaceCommands.edit(name, env, i -> i.withFeatures(f -> f.withAccessGroup(g.IN() != null, Optional.of(acl))));
        }
        if (c.if_ip_nat() != null) {
            if (c.if_ip_nat().ne_if_ip_nat() != null) {
                return null; // the not-emulated catalogue answers
            }
            IpFeatures.NatSide side = c.if_ip_nat().INSIDE() != null ? IpFeatures.NatSide.INSIDE : IpFeatures.NatSide.OUTSIDE;
            return InterfaceCommands.edit(name, env, i -> i.withFeatures(f -> f.withNat(Optional.of(side))));
        }
        if (c.if_ip_switch() != null) {
            return InterfaceCommands.edit(name, env, i -> i.withFeatures(f -> toggle(c.if_ip_switch(), f, true)));
        }
        var r = c.if_virtual_reassembly();
        boolean out = r.OUT() != null;
        return InterfaceCommands.edit(name, env, i -> i.withFeatures(
                f -> f.withReassembly(f.reassemblyIn() || !out, f.reassemblyOut() || out)));
    }

    static CommandResult no(IosParser.Interface_noContext c, InterfaceName name, CommandEnv env) {
        if (c.if_access_group_no() != null) {
            var g = c.if_access_group_no();
            // `no ip access-group [ACL] in|out`; without a direction IOS removes the inbound one
            boolean inbound = g.OUT() == null;
            Optional<String> named = Optional.ofNullable(g.arg_if_access_group()).map(a -> a.getText());
            return InterfaceCommands.edit(name, env, i -> i.withFeatures(f -> {
                Optional<String> current = inbound ? f.accessGroupIn() : f.accessGroupOut();
                boolean same = named.isEmpty() || current.equals(named);
                return same ? f.withAccessGroup(inbound, Optional.empty()) : f;
            }));
        }
        if (c.if_ip_nat_no() != null) {
            var n = c.if_ip_nat_no();
            Optional<IpFeatures.NatSide> side = n.INSIDE() != null ? Optional.of(IpFeatures.NatSide.INSIDE)
                    : n.OUTSIDE() != null ? Optional.of(IpFeatures.NatSide.OUTSIDE) : Optional.empty();
            return InterfaceCommands.edit(name, env, i -> i.withFeatures(
                    f -> side.isEmpty() || f.nat().equals(side) ? f.withNat(Optional.empty()) : f));
        }
        if (c.if_ip_switch() != null) {
            return InterfaceCommands.edit(name, env, i -> i.withFeatures(f -> toggle(c.if_ip_switch(), f, false)));
        }
        if (c.if_virtual_reassembly() != null) {
            var r = c.if_virtual_reassembly();
            boolean out = r.OUT() != null;
            return InterfaceCommands.edit(name, env, i -> i.withFeatures(
                    f -> out ? f.withReassembly(f.reassemblyIn(), false) : f.withReassembly(false, f.reassemblyOut())));
        }
        return null;
    }

    private static IpFeatures toggle(IosParser.If_ip_switchContext s, IpFeatures f, boolean on) {
        if (s.REDIRECTS() != null) {
            return f.withRedirects(on);
        }
        if (s.UNREACHABLES() != null) {
            return f.withUnreachables(on);
        }
        return f.withProxyArp(on);
    }
}
