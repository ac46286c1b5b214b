package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `debug crypto ipsec client ezvpn`: the remote's state lines while it is on, none once it is off. */
class EasyVpnDebugTest {

    @Test
    void theRemotePrintsItsStateMachineWhileTheDebugIsOn() {
        LabDriver d = LabDriver.ofSamples("ezvpn-several-peers");
        d.type("enable");
        assertEquals("R1#debug crypto ipsec client ezvpn\nEzVPN debugging is on\n", d.type("debug crypto ipsec client ezvpn"));
        assertEquals("R1#show debugging\nCryptographic Subsystem:\n  EzVPN debugging is on\n\n", d.type("show debugging"));
        String connect = d.type("lab wait 5");
        assertTrue(connect.contains(": EZVPN(ezvpn-config): Current State: IKE_PEND\n"), connect);
        assertTrue(connect.contains(": EZVPN(ezvpn-config): Event: XAUTH_REQUEST\n"), connect);
        assertTrue(connect.contains(": EZVPN(ezvpn-config): ezvpn_xauth_request\n"), connect);
        assertTrue(connect.indexOf("New State: XAUTH_PROMPT") < connect.indexOf("Pending XAuth Request"), connect);
        String up = d.type("crypto ipsec client ezvpn xauth", "ra1", "ra1pwd", "lab wait 2");
        assertTrue(up.contains(": EZVPN(ezvpn-config): Event: SOCKET_UP\n"), up);
        assertTrue(up.indexOf("New State: IPSEC_ACTIVE") < up.indexOf("%CRYPTO-6-EZVPN_CONNECTION_UP"), up);
        String again = d.type("clear crypto ipsec client ezvpn", "lab wait 1");
        assertTrue(again.contains(": EZVPN(ezvpn-config): Event: RESET\n"), again);
        assertTrue(again.contains(": EZVPN(ezvpn-config): Current State: CONNECT_REQUIRED\n"), again);
        assertTrue(again.contains("EZVPN(ezvpn-config): Event: CONNECT\n"), again);
        assertTrue(again.contains("EZVPN(ezvpn-config): ezvpn_connect_request\n"), again);
        assertTrue(again.contains("EZVPN(ezvpn-config): New State: READY\n"), again);
        assertEquals("R1#undebug crypto ipsec client ezvpn\nEzVPN debugging is off\n", d.type("undebug crypto ipsec client ezvpn"));
        assertFalse(d.type("clear crypto ipsec client ezvpn", "lab wait 1").contains("EZVPN(ezvpn-config)"));
        d.type("debug crypto ipsec client ezvpn");
        assertEquals("R1#no debug crypto ipsec client ezvpn\nEzVPN debugging is off\n", d.type("no debug crypto ipsec client ezvpn"));
        assertEquals("R1#show debugging\n", d.type("show debugging"));
    }
}
