package org.iosemu.cli.command;

import java.util.List;
import java.util.Optional;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclPort;
import org.iosemu.config.AclProtocol;
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
            if (e.REMARK() != null) {
                entry = AclEntry.remark(e.arg_acl_remark().getText());
            } else {
                var s = e.acl_standard_source();
                AclAddress src = s.ANY() != null ? AclAddress.ANY
                        : s.HOST() != null ? AclAddress.host(Args.ip(s.arg_acl_host()))
                        : s.arg_acl_wildcard() == null ? AclAddress.host(Args.ip(s.arg_acl_address()))
                        : AclAddress.wildcard(Args.ip(s.arg_acl_address()), Args.ip(s.arg_acl_wildcard()));
                entry = AclEntry.standard(e.PERMIT() != null, src);
            }
        } else {
            number = Args.integer(c.arg_acl_extended());
            var e = c.acl_extended_entry();
            if (e.REMARK() != null) {
                entry = AclEntry.remark(e.arg_acl_remark().getText());
            } else {
                String protocol = protocol(e.acl_protocol());
                boolean ports = protocol.equals("tcp") || protocol.equals("udp");
                if (!ports && (e.acl_source().acl_port() != null || e.acl_destination().acl_port() != null)) {
                    var port = e.acl_source().acl_port() != null ? e.acl_source().acl_port() : e.acl_destination().acl_port();
                    return CommandResult.invalidAt(Args.column(port));
                }
                entry = AclEntry.extended(e.PERMIT() != null, protocol, address(e.acl_source().acl_address()),
                        port(e.acl_source().acl_port()), address(e.acl_destination().acl_address()),
                        port(e.acl_destination().acl_port()));
            }
        }
        env.store().apply(rc -> rc.withAccessList(
                rc.accessList(number).orElse(new AccessList(number, List.of())).append(entry)));
        return CommandResult.DONE;
    }

    static CommandResult delete(IosParser.Gc_access_list_noContext c, CommandEnv env) {
        int number = Args.integer(c.arg_acl_standard() != null ? c.arg_acl_standard() : c.arg_acl_extended());
        env.store().apply(rc -> rc.withAccessList(new AccessList(number, List.of())));
        return CommandResult.DONE;
    }

    /** IOS names the well-known protocol numbers. */
    private static String protocol(IosParser.Acl_protocolContext p) {
        if (p.arg_acl_protocol_number() == null) {
            return p.getText().toLowerCase(java.util.Locale.ROOT);
        }
        return AclProtocol.name(Args.integer(p.arg_acl_protocol_number())).orElse(p.getText());
    }

    private static AclAddress address(IosParser.Acl_addressContext a) {
        if (a.ANY() != null) {
            return AclAddress.ANY;
        }
        if (a.HOST() != null) {
            return AclAddress.host(Args.ip(a.arg_acl_host()));
        }
        return AclAddress.wildcard(Args.ip(a.arg_acl_address()), Args.ip(a.arg_acl_wildcard()));
    }

    private static Optional<AclPort> port(IosParser.Acl_portContext p) {
        if (p == null) {
            return Optional.empty();
        }
        List<IosParser.Arg_acl_portContext> ports = p.arg_acl_port();
        String op = p.getChild(0).getText().toLowerCase(java.util.Locale.ROOT);
        return Optional.of(new AclPort(op, Args.integer(ports.get(0)), ports.size() > 1 ? Args.integer(ports.get(1)) : 0));
    }
}
