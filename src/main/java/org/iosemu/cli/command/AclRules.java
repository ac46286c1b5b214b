package org.iosemu.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclPort;
import org.iosemu.config.AclProtocol;
import org.iosemu.config.PortNames;
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

    /** An extended rule; call {@link #misplacedPort} first, IOS refuses ports on protocols without them. */
    static AclEntry extended(IosParser.Acl_extended_ruleContext r) {
        String protocol = protocol(r.acl_protocol());
        return AclEntry.extended(r.PERMIT() != null, protocol, address(r.acl_source().acl_address()),
                port(protocol, r.acl_source().acl_port()), address(r.acl_destination().acl_address()),
                port(protocol, r.acl_destination().acl_port()));
    }

    /**
     * The column of a port match on a protocol other than tcp/udp, or of a port name the rule's protocol does
     * not have (`udp ... eq www`), where IOS puts its caret.
     */
    static OptionalInt misplacedPort(IosParser.Acl_extended_ruleContext r) {
        String protocol = protocol(r.acl_protocol());
        if (protocol.equals("tcp") || protocol.equals("udp")) {
            for (var port : java.util.Arrays.asList(r.acl_source().getRuleContext(IosParser.Acl_portContext.class, 0),
                    r.acl_destination().getRuleContext(IosParser.Acl_portContext.class, 0))) {
                for (var value : port == null ? List.<IosParser.Acl_port_valueContext>of() : port.acl_port_value()) {
                    if (value.acl_port_name() != null && PortNames.number(protocol, canonical(value.acl_port_name())).isEmpty()) {
                        return OptionalInt.of(Args.column(value));
                    }
                }
            }
            return OptionalInt.empty();
        }
        var port = r.acl_source().acl_port() != null ? r.acl_source().acl_port() : r.acl_destination().acl_port();
        return port == null ? OptionalInt.empty() : OptionalInt.of(Args.column(port));
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

    private static Optional<AclPort> port(String protocol, IosParser.Acl_portContext p) {
        if (p == null) {
            return Optional.empty();
        }
        List<IosParser.Acl_port_valueContext> ports = p.acl_port_value();
        String op = p.getChild(0).getText().toLowerCase(Locale.ROOT);
        return Optional.of(new AclPort(op, portNumber(protocol, ports.get(0)),
                ports.size() > 1 ? portNumber(protocol, ports.get(1)) : 0));
    }

    /** A number, or a name's number for the protocol ({@link #misplacedPort} has already refused foreign names). */
    private static int portNumber(String protocol, IosParser.Acl_port_valueContext v) {
        if (v.arg_acl_port() != null) {
            return Args.integer(v.arg_acl_port());
        }
        return PortNames.number(protocol, canonical(v.acl_port_name())).orElseThrow();
    }

    /** The keyword's full spelling (the user may have abbreviated it). */
    private static String canonical(IosParser.Acl_port_nameContext name) {
        int type = ((org.antlr.v4.runtime.tree.TerminalNode) name.getChild(0)).getSymbol().getType();
        String literal = IosParser.VOCABULARY.getLiteralName(type);
        return literal.substring(1, literal.length() - 1);
    }
}
