package org.iosemu.cli.command;

import org.iosemu.config.AccessList;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclName;
import org.iosemu.grammar.IosParser;

/** Numbered access lists: `access-list N ...` appends an entry, `no access-list N` deletes the list. */
final class AccessListCommands {

    private AccessListCommands() {}

    static CommandResult add(IosParser.Gc_access_listContext c, CommandEnv env) {
        int number;
        AclEntry entry;
        if (c.arg_acl_standard() != null) {
            number = Args.integer(c.arg_acl_standard());
            var e = c.acl_standard_entry();
            entry = e.acl_remark() != null ? AclRules.remark(e.acl_remark()) : AclRules.standard(e.acl_standard_rule());
        } else {
            number = Args.integer(c.arg_acl_extended());
            var e = c.acl_extended_entry();
            if (e.acl_remark() != null) {
                entry = AclRules.remark(e.acl_remark());
            } else {
                entry = AclRules.extended(e.acl_extended_rule());
            }
        }
        env.store().apply(rc -> rc.withAccessList(rc.accessList(number).orElse(AccessList.numbered(number)).append(entry)));
        return CommandResult.DONE;
    }

    static CommandResult delete(IosParser.Gc_access_list_noContext c, CommandEnv env) {
        int number = Args.integer(c.arg_acl_standard() != null ? c.arg_acl_standard() : c.arg_acl_extended());
        env.store().apply(rc -> rc.withoutAccessList(AclName.number(number)));
        return CommandResult.DONE;
    }
}
