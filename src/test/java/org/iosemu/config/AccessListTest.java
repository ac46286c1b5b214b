package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Sequence numbers, remarks and rendering of numbered and named access lists. */
class AccessListTest {

    private static final AclEntry A = AclEntry.extended(true, "ip", AclAddress.host("10.0.0.1"), java.util.Optional.empty(),
            AclAddress.ANY, java.util.Optional.empty());
    private static final AclEntry B = AclEntry.extended(false, "gre", AclAddress.ANY, java.util.Optional.empty(),
            AclAddress.ANY, java.util.Optional.empty());
    private static final AclEntry C = AclEntry.standard(true, AclAddress.ANY);

    private static AccessList named() {
        return AccessList.empty(AclName.of("VPN"), AclType.EXTENDED);
    }

    @Test
    void rulesStepByTenAndAnInsertedRuleKeepsTheRemarkWithTheRuleAfterIt() {
        AccessList l = named().append(A).append(AclEntry.remark("gre next")).append(B).insert(15, C);
        assertEquals(List.of(new AclLine(10, A), new AclLine(15, C), AclLine.remark(AclEntry.remark("gre next")),
                new AclLine(20, B)), l.lines());
        assertEquals(List.of("ip access-list extended VPN", " permit ip host 10.0.0.1 any", " permit any",
                " remark gre next", " deny gre any any"), l.render());
        assertEquals(List.of("Extended IP access list VPN", "    10 permit ip host 10.0.0.1 any", "    15 permit any",
                "    20 deny gre any any"), l.renderShow());
    }

    @Test
    void identicalRulesAreIgnoredAndTakenNumbersRefused() {
        AccessList l = named().append(A);
        assertSame(l, l.append(A));
        assertSame(l, l.insert(50, A));
        assertTrue(l.hasSequence(10));
        assertThrows(IllegalArgumentException.class, () -> l.insert(10, B));
    }

    @Test
    void theNextNumberFollowsTheHighestLeft() {
        AccessList l = named().append(A).append(B).withoutSequence(20);
        assertEquals(OptionalInt.of(20), l.nextSequence());
        assertEquals(List.of(new AclLine(10, A)), l.without(B).lines(), "removing a missing rule changes nothing");
        assertEquals(OptionalInt.empty(), named().insert(AclLine.MAX_SEQUENCE - 5, A).nextSequence());
    }

    @Test
    void aNumberedListRendersFlatAndVanishesWhenEmptied() {
        AccessList numbered = AccessList.numbered(101).append(A);
        assertEquals(List.of("access-list 101 permit ip host 10.0.0.1 any"), numbered.render());
        RunningConfig rc = RunningConfig.factoryDefault(List.of(), false).withAccessList(numbered);
        assertEquals(numbered, rc.accessList("101").orElseThrow());
        assertTrue(rc.withAccessList(numbered.withoutSequence(10)).accessLists().isEmpty());
        RunningConfig empty = rc.withAccessList(named());
        assertEquals(List.of(AclName.number(101), AclName.of("VPN")), empty.accessLists().stream().map(AccessList::name).toList(),
                "an empty named list stays; numbered lists sort first");
    }
}
