package org.iosemu.cli.command;

import org.iosemu.config.SnmpCommunity;
import org.iosemu.grammar.IosParser;

/** `snmp-server community NAME [RO|RW]` and `no snmp-server community NAME`. */
final class SnmpCommands {

    private SnmpCommands() {}

    static CommandResult community(IosParser.Gc_snmpContext c, CommandEnv env) {
        IosParser.Snmp_communityContext s = c.snmp_community();
        SnmpCommunity community = new SnmpCommunity(s.arg_snmp_community().getText(), s.RW() != null);
        env.store().apply(rc -> rc.withSystem(x -> x.withServices(v -> v.withSnmpCommunity(community))));
        return CommandResult.DONE;
    }

    static CommandResult noCommunity(IosParser.Gc_snmp_noContext c, CommandEnv env) {
        String name = c.snmp_community().arg_snmp_community().getText();
        env.store().apply(rc -> rc.withSystem(x -> x.withServices(v -> v.withoutSnmpCommunity(name))));
        return CommandResult.DONE;
    }
}
