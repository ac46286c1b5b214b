package org.iosemu.config;

import java.util.Optional;
import java.util.OptionalInt;

/** One access-list line's content (numbered or named list): a remark, a standard rule or an extended rule. */
public record AclEntry(Optional<String> remark, boolean permit, Optional<String> protocol, AclAddress source,
                       Optional<AclPort> sourcePort, Optional<AclAddress> destination, Optional<AclPort> destinationPort) {

    public static AclEntry remark(String text) {
        return new AclEntry(Optional.of(text), false, Optional.empty(), AclAddress.ANY, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static AclEntry standard(boolean permit, AclAddress source) {
        return new AclEntry(Optional.empty(), permit, Optional.empty(), source, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static AclEntry extended(boolean permit, String protocol, AclAddress src, Optional<AclPort> srcPort,
                                    AclAddress dst, Optional<AclPort> dstPort) {
        return new AclEntry(Optional.empty(), permit, Optional.of(protocol), src, srcPort, Optional.of(dst), dstPort);
    }

    public boolean isRemark() {
        return remark.isPresent();
    }

    /** The IP protocol number an extended rule matches; empty for remarks and standard rules. */
    public OptionalInt protocolNumber() {
        return protocol.map(AclProtocol::number).orElse(OptionalInt.empty());
    }

    /** Text after `access-list N ` (and after the indent in a named list's show-run block). */
    public String render() {
        if (remark.isPresent()) {
            return "remark " + remark.get();
        }
        return body(false);
    }

    /** The rule as `show access-lists` prints it (after the sequence number). */
    public String renderShow() {
        return body(true);
    }

    private String body(boolean show) {
        StringBuilder b = new StringBuilder(permit ? "permit" : "deny");
        if (protocol.isEmpty()) {
            return b.append(' ').append(show ? source.renderStandardShow() : source.renderStandard()).toString();
        }
        b.append(' ').append(protocol.get()).append(' ').append(source.render());
        sourcePort.ifPresent(p -> b.append(' ').append(p.render(protocol.get())));
        b.append(' ').append(destination.orElseThrow().render());
        destinationPort.ifPresent(p -> b.append(' ').append(p.render(protocol.get())));
        return b.toString();
    }
}
