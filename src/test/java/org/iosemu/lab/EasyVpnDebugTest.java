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

    /**
     * The server deletes the remote's (Aggressive Mode) SA: the remote's lines are those of the reference's captures —
     * `deleting SA reason "No reason"` and the DELETE's own node right after it (the 12.4/15.0 initiator capture), the
     * node listed again among the SA's at the reap, and `IKE_MM_EXCH` in the last input line, which the seed chapter's
     * Easy VPN remote prints too although its SA is Aggressive Mode.
     */
    @Test
    void theServersDeleteEndsTheRemotesSaWithTheCapturedLines() {
        LabDriver d = LabDriver.ofSamples("ezvpn-several-peers");
        d.type("enable");
        d.type("lab wait 5", "crypto ipsec client ezvpn xauth", "ra1", "ra1pwd", "lab wait 2", "debug crypto isakmp");
        d.on("S1", "enable", "clear crypto session");
        String r1 = d.type("lab wait 1");
        java.util.regex.Matcher node = java.util.regex.Pattern.compile(
                "processing DELETE payload. message ID = (-?\\d+)\n[^\n]*peer does not do paranoid keepalives").matcher(r1);
        assertTrue(node.find(), r1);
        String id = node.group(1);
        assertTrue(r1.contains(": ISAKMP:(1001):deleting SA reason \"No reason\" state (I) QM_IDLE       (peer 10.10.10.10)\n"
                + "*Mar  1 00:00:07.001: ISAKMP:(1001):deleting node " + id + " error FALSE reason \"informational (in) state 1\"\n\n"), r1);
        assertTrue(r1.contains(": ISAKMP:(1001):deleting node " + id + " error FALSE reason \"IKE deleted\"\n"), r1);
        assertTrue(r1.contains(": ISAKMP:(1001):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH\n"), r1);
    }
}
