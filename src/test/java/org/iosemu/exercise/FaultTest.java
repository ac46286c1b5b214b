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
    void nothingToChangeIsSaid() {
        assertEquals(Optional.empty(), Fault.Kind.WRONG_PSK.edit("hostname R9\n"));
        assertEquals(Optional.empty(), Fault.Kind.MISSING_ROUTE.edit("hostname R9\n"));
        assertEquals(Optional.empty(), Fault.Kind.ACL_NOT_MIRRORED.edit("access-list 101 permit ip any any\n"));
    }
}
