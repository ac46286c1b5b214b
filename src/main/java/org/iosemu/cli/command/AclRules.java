package org.iosemu.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclPort;
import org.iosemu.config.AclProtocol;
import org.iosemu.config.PortNames;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.grammar.IosParser;

/** Access-list rules read out of the parse tree: numbered `access-list` lines and the named sub-modes share them. */
final class AclRules {

    private AclRules() {}

    static AclEntry remark(IosParser.Acl_remarkContext r) {
        return AclEntry.remark(r.arg_acl_remark().getText());
    }

    static AclEntry standard(IosParser.Acl_standard_ruleContext r) {
        var s = r.acl_standard_source();
        AclAddress src = s.ANY() != null ? AclAddress.ANY
                : s.HOST() != null ? AclAddress.host(Args.ip(s.arg_acl_host()))
                : s.arg_acl_wildcard() == null ? AclAddress.host(Args.ip(s.arg_acl_address()))
                : AclAddress.wildcard(Args.ip(s.arg_acl_address()), Args.ip(s.arg_acl_wildcard()));
        return AclEntry.standard(r.PERMIT() != null, src);
    }

    /** An extended rule: tcp and udp with their port matches (the grammar takes each protocol's names only). */
    static AclEntry extended(IosParser.Acl_extended_ruleContext r) {
        boolean permit = r.PERMIT() != null;
        if (r.TCP() != null) {
            return AclEntry.extended(permit, "tcp", address(r.acl_tcp_source().acl_address()),
                    port(r.acl_tcp_source().acl_tcp_port()), address(r.acl_tcp_destination().acl_address()),
                    port(r.acl_tcp_destination().acl_tcp_port()));
        }
        if (r.UDP() != null) {
            return AclEntry.extended(permit, "udp", address(r.acl_udp_source().acl_address()),
                    port(r.acl_udp_source().acl_udp_port()), address(r.acl_udp_destination().acl_address()),
                    port(r.acl_udp_destination().acl_udp_port()));
        }
        return AclEntry.extended(permit, protocol(r.acl_protocol()), address(r.acl_source().acl_address()),
                Optional.empty(), address(r.acl_destination().acl_address()), Optional.empty());
    }

    /** IOS names the well-known protocol numbers. */
    private static String protocol(IosParser.Acl_protocolContext p) {
        if (p.arg_acl_protocol_number() == null) {
            return p.getText().toLowerCase(Locale.ROOT);
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

    private static Optional<AclPort> port(IosParser.Acl_tcp_portContext p) {
        return p == null ? Optional.empty() : port("tcp", p, p.acl_tcp_port_value().stream()
                .map(v -> v.arg_acl_port() != null ? (ParserRuleContext) v.arg_acl_port() : v.acl_tcp_port_name()).toList());
    }

    private static Optional<AclPort> port(IosParser.Acl_udp_portContext p) {
        return p == null ? Optional.empty() : port("udp", p, p.acl_udp_port_value().stream()
                .map(v -> v.arg_acl_port() != null ? (ParserRuleContext) v.arg_acl_port() : v.acl_udp_port_name()).toList());
    }

    private static Optional<AclPort> port(String protocol, ParserRuleContext p, List<ParserRuleContext> values) {
        String op = p.getChild(0).getText().toLowerCase(Locale.ROOT);
        return Optional.of(new AclPort(op, portNumber(protocol, values.get(0)),
                values.size() > 1 ? portNumber(protocol, values.get(1)) : 0));
    }

    /** A number, or a port name's number for the protocol (the grammar only lets that protocol's names in). */
    private static int portNumber(String protocol, ParserRuleContext value) {
        if (value instanceof IosParser.Arg_acl_portContext number) {
            return Args.integer(number);
        }
        return PortNames.number(protocol, canonical(value)).orElseThrow();
    }

    /** The keyword's full spelling (the user may have abbreviated it). */
    private static String canonical(ParserRuleContext name) {
        int type = ((org.antlr.v4.runtime.tree.TerminalNode) name.getChild(0)).getSymbol().getType();
        String literal = IosParser.VOCABULARY.getLiteralName(type);
        return literal.substring(1, literal.length() - 1);
    }
}
