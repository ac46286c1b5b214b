package org.iosemu.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each fault edits the config as a typo or an oversight would, and says when there is nothing to edit. */
class FaultTest {

    private static final String R2 = """
            hostname R2
            crypto isakmp key kd94j1ksldz address 10.1.32.14 255.255.255.0
            crypto isakmp keepalive 10 periodic
            crypto ipsec transform-set ts esp-3des esp-sha-hmac
            crypto map test 1 ipsec-isakmp
             set peer 10.1.32.14
             match address 101
            ip route 0.0.0.0 0.0.0.0 10.2.80.1
            access-list 101 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255
            """;

    private static String edit(Fault.Kind kind) {
        return kind.edit(R2).orElseThrow();
    }

    @Test
    void eachKindChangesOneThing() {
        assertTrue(edit(Fault.Kind.WRONG_PSK).contains("crypto isakmp key kd94j1ksldx address 10.1.32.14 255.255.255.0\n"));
        assertTrue(edit(Fault.Kind.TRANSFORM_SET_MISMATCH).contains("crypto ipsec transform-set ts esp-des esp-md5-hmac\n"));
        assertTrue(edit(Fault.Kind.ACL_NOT_MIRRORED).contains("access-list 101 permit ip 10.2.2.0 0.0.0.255 10.1.2.0 0.0.0.255"));
        assertTrue(!edit(Fault.Kind.MISSING_ROUTE).contains("ip route"));
        assertTrue(!edit(Fault.Kind.NO_DPD).contains("keepalive"));
        assertEquals(R2, edit(Fault.Kind.PEER_DOWN));
    }

    @Test
    void noNatExemptionDropsTheDenyEntriesOfTheNatRouteMap() {
        String branch = """
                hostname R1
                ip nat inside source route-map NONAT interface FastEthernet0 overload
                access-list 110 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255
                access-list 120 permit ip 10.1.1.0 0.0.0.255 any
                !
                route-map NONAT deny 10
                 match ip address 110
                !
                route-map NONAT permit 20
                 match ip address 120
                !
                route-map OTHER deny 10
                 match ip address 110
                !
                end
                """;
        String edited = Fault.Kind.NO_NAT_EXEMPTION.edit(branch).orElseThrow();
        assertEquals(branch.replace("route-map NONAT deny 10\n match ip address 110\n", ""), edited);
    }

    @Test
    void noNatExemptionDropsTheDenyLinesOfTheNatAccessList() {
        String numbered = """
                ip nat inside source list 150 interface FastEthernet0 overload
                access-list 110 deny ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255
                access-list 150 deny ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255
                access-list 150 permit ip 10.1.1.0 0.0.0.255 any
                """;
        assertEquals(numbered.replace("access-list 150 deny ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255\n", ""),
                Fault.Kind.NO_NAT_EXEMPTION.edit(numbered).orElseThrow());
        String named = """
                ip nat inside source list NAT pool PUBLIC overload
                ip access-list extended NAT
                 deny   ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255
                 permit ip 10.1.1.0 0.0.0.255 any
                """;
        assertEquals(named.replace(" deny   ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255\n", ""),
                Fault.Kind.NO_NAT_EXEMPTION.edit(named).orElseThrow());
    }

    @Test
    void nothingToChangeIsSaid() {
        assertEquals(Optional.empty(), Fault.Kind.WRONG_PSK.edit("hostname R9\n"));
        assertEquals(Optional.empty(), Fault.Kind.MISSING_ROUTE.edit("hostname R9\n"));
        assertEquals(Optional.empty(), Fault.Kind.ACL_NOT_MIRRORED.edit("access-list 101 permit ip any any\n"));
        assertEquals(Optional.empty(), Fault.Kind.NO_NAT_EXEMPTION.edit(R2));
        assertEquals(Optional.empty(), Fault.Kind.NO_NAT_EXEMPTION.edit("ip nat inside source list 1 interface FastEthernet0 overload\n"
                + "access-list 1 permit 10.1.1.0 0.0.0.255\n"));
    }
}
