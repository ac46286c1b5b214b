package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AclProtocolTest {

    @Test
    void wellKnownNamesAndNumbersMapBothWays() {
        for (String name : new String[] {"ip", "icmp", "tcp", "udp", "gre", "esp", "ahp"}) {
            int number = AclProtocol.number(name).orElseThrow();
            assertEquals(Optional.of(name), AclProtocol.name(number));
        }
        assertEquals(OptionalInt.of(47), AclProtocol.number("gre"));
    }

    @Test
    void otherProtocolsKeepTheirNumberAndHaveNoName() {
        assertEquals(OptionalInt.of(89), AclProtocol.number("89"));
        assertEquals(Optional.empty(), AclProtocol.name(89));
    }

    @Test
    void anythingElseHasNoNumber() {
        assertEquals(OptionalInt.empty(), AclProtocol.number("ospf"));
        assertEquals(OptionalInt.empty(), AclProtocol.number(""));
        assertEquals(OptionalInt.empty(), AclProtocol.number("99999999999"));
    }

    @Test
    void standardRulesAndRemarksHaveNoProtocolNumber() {
        assertEquals(OptionalInt.empty(), AclEntry.remark("x").protocolNumber());
        assertEquals(OptionalInt.empty(), AclEntry.standard(true, AclAddress.ANY).protocolNumber());
    }
}
