package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The site-to-site-nat-t sample on virtual time: R2 behind a source NAT, so the tunnel floats to UDP 4500. */
class LabNatTraversalTest {

    @Test
    void tunnelThroughTheNatFloatsTo4500AndKeepsDpdThere() {
        LabDriver d = LabDriver.ofSamples("site-to-site-nat-t");
        d.type("enable", "lab attach R2", "enable", "debug crypto isakmp");
        String ping = d.type("ping 10.1.1.1 source Loopback0");
        assertTrue(ping.contains(".!!!!"), ping);

        String ipsec = d.type("show crypto ipsec sa");
        assertTrue(ipsec.contains("current_peer 10.1.32.14 port 4500"), ipsec);
        assertTrue(ipsec.contains("in use settings ={Tunnel UDP-Encaps, }"), ipsec);
        String detail = d.type("show crypto isakmp sa detail");
        assertTrue(detail.matches("(?s).*1001 .* DN\\s.*"), detail);

        // DPD (keepalive 10 periodic) runs over 4500: the SA survives a minute, then R1's power cut is noticed
        d.type("lab wait 60");
        String log = String.join("\n", d.log("R2").stream().map(LabDriver.LogLine::text).toList());
        assertTrue(log.contains("NAT found, the node inside NAT") && log.contains("NAT-T floating to port 4500"), log);
        assertTrue(log.contains("sending packet to 10.1.32.14 my_port 4500 peer_port 4500 (I) MM_KEY_EXCH"), log);
        assertTrue(log.contains("DPD/R_U_THERE_ACK received from peer 10.1.32.14"), log);
        assertTrue(log.lines().filter(l -> l.contains("sending packet") && l.contains("QM_IDLE")).allMatch(l -> l.contains("my_port 4500")), log);
        assertTrue(d.type("show crypto isakmp sa").contains("QM_IDLE"));
        d.type("lab router R1 down", "lab wait 60");
        String after = d.type("show crypto isakmp sa");
        assertTrue(!after.contains("QM_IDLE"), after);
        String again = d.type("lab router R1 up", "ping 10.1.1.1 source Loopback0");
        assertTrue(again.contains("!!!"), again);
    }

    @Test
    void espInUdpFragmentedAfterEncryptionCrossesTheNatBothWays() {
        LabDriver d = LabDriver.ofSamples("site-to-site-nat-t");
        d.type("enable", "configure terminal", "crypto ipsec fragmentation after-encryption", "end");
        d.on("R2", "enable", "configure terminal", "crypto ipsec fragmentation after-encryption", "end");
        assertTrue(d.on("R2", "ping 10.1.1.1 source Loopback0 repeat 2").contains("!"));
        // 1500 bytes in ESP in UDP: each way one ESP packet, in two fragments; only the first has the UDP header,
        // and the NAT gives the second the same addresses (by source, destination, protocol and IP id)
        String ping = d.on("R2", "ping 10.1.1.1 source Loopback0 size 1500 repeat 3");
        assertTrue(ping.contains("\n!!!\nSuccess rate is 100 percent (3/3)"), ping);
        String sa = d.on("R2", "show crypto ipsec sa");
        assertTrue(sa.contains("#pkts encaps: 4, #pkts encrypt: 4") && sa.contains("#pkts decaps: 4, #pkts decrypt: 4"), sa);
        assertTrue(sa.contains("    #send errors 0, #recv errors 0\n"), sa);
    }
}
