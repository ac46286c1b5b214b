package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Engine-backed show and debug commands in the 15.x layouts of the reference samples. */
class ShowCommandsTest {

    private static LabDriver upTunnel() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "ping 10.2.2.1 source Loopback0");
        return d;
    }

    private static String output(LabDriver d, String command) {
        String screen = d.type(command);
        return screen.substring(screen.indexOf('\n') + 1);
    }

    @Test
    void isakmpSaBriefAndDetail() {
        LabDriver d = upTunnel();
        assertEquals("IPv4 Crypto ISAKMP SA\n"
                + "dst             src             state          conn-id status\n"
                + "10.2.80.209     10.1.32.14      QM_IDLE           1001 ACTIVE\n\n"
                + "IPv6 Crypto ISAKMP SA\n\n", output(d, "show crypto isakmp sa"));
        d.type("lab wait 100");
        String detail = output(d, "show crypto isakmp sa detail");
        // 86400 s lifetime, established at 0.006 s, now 102.008 s: 86297 s = 23:58:17 left
        assertTrue(detail.contains("\nC-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n"
                + "1001  10.1.32.14      10.2.80.209            ACTIVE 3des sha    psk  2  23:58:17 D   \n"
                + "       Engine-id:Conn-id =  SW:1\n\nIPv6 Crypto ISAKMP SA\n\n"), detail);
        assertEquals("Peer: 10.2.80.209 Port: 500 Local: 10.1.32.14\n Phase1 id: 10.2.80.209\n",
                output(d, "show crypto isakmp peers"));
    }

    @Test
    void sessionDetailCountsTheFlowsPackets() {
        LabDriver d = upTunnel();
        String s = output(d, "show crypto session detail");
        assertTrue(s.contains("Interface: FastEthernet0\nUptime: 00:00:02\nSession status: UP-ACTIVE    \n"
                + "Peer: 10.2.80.209 port 500 fvrf: (none) ivrf: (none)\n      Phase1_id: 10.2.80.209\n      Desc: (none)\n"
                + "  Session ID: 0 \n  IKEv1 SA: local 10.1.32.14/500 remote 10.2.80.209/500 Active\n"
                + "          Capabilities:D connid:1001 lifetime:23:59:57\n"
                + "  IPSEC FLOW: permit ip 10.1.1.0/255.255.255.0 10.2.2.0/255.255.255.0\n"
                + "        Active SAs: 2, origin: crypto map\n"
                + "        Inbound:  #pkts dec'ed 4 drop 0 life (KB/Sec) 4608000/3598\n"
                + "        Outbound: #pkts enc'ed 4 drop 0 life (KB/Sec) 4608000/3598\n"), s);
    }

    @Test
    void ipsecSaPeerFilterAndNoSas() {
        LabDriver d = upTunnel();
        assertTrue(output(d, "show crypto ipsec sa peer 10.2.80.209").contains("current_peer 10.2.80.209 port 500"));
        assertEquals("No SAs found\n", output(d, "show crypto ipsec sa peer 10.9.9.9"));
        String sa = output(d, "show crypto ipsec sa");
        assertTrue(sa.contains("     inbound esp sas:\n      spi: 0x"), sa);
        assertTrue(sa.contains("        transform: esp-3des esp-sha-hmac ,\n        in use settings ={Tunnel, }\n"), sa);
        d.type("clear crypto sa");
        assertTrue(output(d, "show crypto ipsec sa").contains("current outbound spi: 0x0(0)"));
    }

    @Test
    void debugSwitches() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable");
        assertEquals("", output(d, "show debugging"));
        assertEquals("Crypto ISAKMP debugging is on\n", output(d, "debug crypto isakmp"));
        assertEquals("Crypto IPSEC debugging is on\n", output(d, "debug crypto ipsec"));
        assertEquals("TCP special event debugging is on\n", output(d, "debug ip tcp transactions"));
        assertEquals("Cryptographic Subsystem:\n  Crypto ISAKMP debugging is on\n  Crypto IPSEC debugging is on\n\n"
                + "TCP:\n  TCP special event debugging is on\n\n", output(d, "show debugging"));
        assertEquals("Crypto IPSEC debugging is off\n", output(d, "no debug crypto ipsec"));
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains(": ISAKMP:(0): beginning Main Mode exchange"));
        assertEquals("All possible debugging has been turned off\n", output(d, "undebug all"));
        d.type("debug crypto isakmp");
        assertEquals("All possible debugging has been turned off\n", output(d, "no debug all"));
        d.type("clear crypto session");
        assertTrue(!d.type("ping 10.2.2.1 source Loopback0").contains("ISAKMP:"), "debug off: no ISAKMP lines");
    }

    @Test
    void debugAllAsksFirst() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "debug all");
        assertEquals("This may severely impact network performance. Continue? (yes/[no]): ", d.console.prompt());
        assertEquals("", output(d, "no"));
        assertEquals("", output(d, "show debugging"));
        d.type("debug all");
        assertEquals("All possible debugging has been turned on\n", output(d, "yes"));
        assertEquals("Cryptographic Subsystem:\n  Crypto ISAKMP debugging is on\n  Crypto IPSEC debugging is on\n"
                + "  EzVPN debugging is on\n\n"
                + "TCP:\n  TCP special event debugging is on\n\n", output(d, "show debugging"));
    }

    @Test
    void cryptoMapPolicyAndTransformSets() {
        LabDriver d = upTunnel();
        assertTrue(output(d, "show crypto map").contains("\tCurrent peer: 10.2.80.209\n"));
        assertTrue(output(d, "show crypto isakmp policy").contains("Protection suite of priority 1\n\tencryption algorithm:\tThree key triple DES\n"));
        assertEquals("Transform set esp-3des-sha: { esp-3des esp-sha-hmac  }\n   will negotiate = { Tunnel,  },\n\n",
                output(d, "show crypto ipsec transform-set"));
    }
}
