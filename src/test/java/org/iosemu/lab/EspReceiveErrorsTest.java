package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.net.IpPacket;
import org.iosemu.net.NetworkObserver;
import org.junit.jupiter.api.Test;

/**
 * Inbound ESP an SA refuses shows in `show crypto ipsec sa` as `#recv errors` and, kind by kind, in the detail
 * counters: a replayed packet (the anti-replay window) and an altered one (the ICV).
 */
class EspReceiveErrorsTest {

    /** The site-to-site lab with its tunnel up, and every ESP packet R1 sends from now on. */
    private static List<IpPacket> tunnelUp(LabDriver d) {
        d.type("enable");
        d.on("R2", "enable");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 repeat 2").contains("!"));
        List<IpPacket> esp = new ArrayList<>();
        d.lab.network().observe(new NetworkObserver() {
            @Override
            public void sent(long id, String sender, String receiver, IpPacket packet, long timeMillis) {
                if (sender.equals("R1") && packet.protocol() == IpPacket.ESP) {
                    esp.add(packet);
                }
            }

            @Override
            public void arrived(long id, long timeMillis) {
            }

            @Override
            public void lost(long id, String reason, long timeMillis) {
            }
        });
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 repeat 3").contains("!!!"));
        return esp;
    }

    private static void resend(LabDriver d, IpPacket packet) {
        d.lab.network().send("R1", packet);
        d.type("lab wait 1");
    }

    @Test
    void aReplayedEspPacketIsARecvErrorAndAReplayFailure() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        List<IpPacket> esp = tunnelUp(d);
        assertTrue(d.on("R2", "show crypto ipsec sa").contains("    #send errors 0, #recv errors 0\n"));
        resend(d, esp.get(0));
        resend(d, esp.get(1));
        String sa = d.on("R2", "show crypto ipsec sa");
        // the replays are not decapsulated (the echo before the SA existed was lost: 1 + 3 echoes)
        assertTrue(sa.contains("    #pkts decaps: 4, #pkts decrypt: 4, #pkts verify: 4\n"), sa);
        assertTrue(sa.contains("    #send errors 0, #recv errors 2\n"), sa);
        String detail = d.on("R2", "show crypto ipsec sa detail");
        assertTrue(detail.contains("    ##pkts replay failed (rcv): 2\n"), detail);
        assertTrue(detail.contains("    #pkts invalid prot (recv) 0, #pkts verify failed: 0\n"), detail);
    }

    /** R2's inbound SA's `conn id:` as `show crypto ipsec sa` prints it. */
    private static String inboundConnId(LabDriver d) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("inbound esp sas:\n.*?conn id: (\\d+),", java.util.regex.Pattern.DOTALL)
                .matcher(d.on("R2", "show crypto ipsec sa"));
        assertTrue(m.find());
        return m.group(1);
    }

    private static List<String> logged(LabDriver d, String text) {
        return d.log("R2").stream().map(LabDriver.LogLine::text).filter(t -> t.contains(text)).toList();
    }

    /** IOS logs a refused replay with the inbound SA's conn id and the sequence number, at most once a minute. */
    @Test
    void aReplayIsLoggedWithTheSasConnIdAtMostOnceAMinute() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        List<IpPacket> esp = tunnelUp(d);
        String connId = inboundConnId(d);
        resend(d, esp.get(0));
        List<String> lines = logged(d, "%CRYPTO-4-PKT_REPLAY_ERR");
        assertEquals(List.of("%CRYPTO-4-PKT_REPLAY_ERR: decrypt: replay check failed\n"
                + "        connection id=" + connId + ", sequence number=" + sequence(esp.get(0))), lines);
        resend(d, esp.get(1));
        d.type("lab wait 50");
        resend(d, esp.get(1));
        assertEquals(1, logged(d, "%CRYPTO-4-PKT_REPLAY_ERR").size(), "rate-limited within the minute");
        d.type("lab wait 10");
        resend(d, esp.get(2));
        lines = logged(d, "%CRYPTO-4-PKT_REPLAY_ERR");
        assertEquals(2, lines.size(), "again after the minute");
        assertTrue(lines.get(1).endsWith("connection id=" + connId + ", sequence number=" + sequence(esp.get(2))), lines.get(1));
        assertTrue(d.on("R2", "show crypto ipsec sa detail").contains("    ##pkts replay failed (rcv): 4\n"), "all counted");
    }

    /**
     * Conn ids belong to the SA, not to its place in the list: the SAs negotiated after `clear crypto sa` take the
     * next pair (2003/2004), as a real router's ever-growing ids (2989 in Cisco document 116085) show, and the
     * replay line names the same id.
     */
    @Test
    void theSasAfterAClearTakeTheNextConnIdsAndTheLogNamesThem() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        List<IpPacket> esp = tunnelUp(d);
        assertEquals("2001", inboundConnId(d));
        d.type("clear crypto sa", "lab wait 2");
        int before = esp.size();
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 repeat 3").contains("!!"));
        String sa = d.on("R2", "show crypto ipsec sa");
        assertTrue(sa.contains("        conn id: 2003, flow_id: SW:3,") && sa.contains("        conn id: 2004, flow_id: SW:4,"), sa);
        IpPacket fresh = esp.get(esp.size() - 1);
        assertTrue(esp.size() > before);
        resend(d, fresh);
        assertTrue(logged(d, "PKT_REPLAY_ERR").get(0).endsWith("connection id=2003, sequence number=" + sequence(fresh)),
                logged(d, "PKT_REPLAY_ERR").toString());
    }

    /** An altered packet: RECVD_PKT_MAC_ERR with the conn id, the inbound SPI and the sequence number, in hex. */
    @Test
    void anAlteredPacketIsLoggedAsAMacError() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        List<IpPacket> esp = tunnelUp(d);
        String connId = inboundConnId(d);
        IpPacket last = esp.get(esp.size() - 1);
        byte[] altered = last.payload().clone();
        altered[4 + 3]++;
        resend(d, last.withPayload(altered));
        resend(d, last.withPayload(altered));
        String spi = String.format("%08X", org.iosemu.ike.crypto.Bytes.u32(altered, 0));
        assertEquals(List.of("%CRYPTO-4-RECVD_PKT_MAC_ERR: decrypt: mac verify failed for connection id=" + connId
                + " spi=" + spi + " seqno=" + String.format("%08X", sequence(last) + 1)), logged(d, "RECVD_PKT_MAC_ERR"));
        d.type("lab wait 30");
        resend(d, last.withPayload(altered));
        assertEquals(2, logged(d, "RECVD_PKT_MAC_ERR").size(), "one per 30 seconds");
    }

    private static long sequence(IpPacket esp) {
        return org.iosemu.ike.crypto.Bytes.u32(esp.payload(), 4) & 0xffffffffL;
    }

    @Test
    void anAlteredEspPacketFailsVerificationAndATruncatedOneHasAnInvalidLength() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        List<IpPacket> esp = tunnelUp(d);
        // the last packet with its sequence number raised by one: new to the window, so the ICV is what refuses it
        IpPacket last = esp.get(esp.size() - 1);
        byte[] altered = last.payload().clone();
        altered[4 + 3]++;
        resend(d, last.withPayload(altered));
        byte[] truncated = java.util.Arrays.copyOf(last.payload(), last.payload().length - 1);
        resend(d, last.withPayload(truncated));
        String detail = d.on("R2", "show crypto ipsec sa detail");
        assertTrue(detail.contains("    #pkts invalid prot (recv) 0, #pkts verify failed: 1\n"), detail);
        assertTrue(detail.contains("    #pkts invalid identity (recv) 0, #pkts invalid len (rcv) 1\n"), detail);
        assertTrue(detail.contains("    ##pkts replay failed (rcv): 0\n"), detail);
        assertTrue(d.on("R2", "show crypto ipsec sa").contains("    #send errors 0, #recv errors 2\n"));
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 repeat 2").contains("!!"), "the SA still works");
    }

    /**
     * R2's crypto engine decrypts at 512 kbit/s with voice first (LLQ for the engine): bulk packets overtaken by
     * more than the anti-replay window (64) are refused when their turn comes, and counted as replay failures.
     */
    @Test
    void packetsAQueueingEngineLetsFallBehindTheWindowAreReplayFailures() {
        LabDriver d = SeedConfigs.siteToSite("", "");
        d.type("lab link R1 R2 bandwidth 10000 delay 10", "lab engine R2 bandwidth 512");
        d.on("R2", "enable", "configure terminal", "class-map match-any VOICE", "match ip dscp ef", "policy-map WAN",
                "class VOICE", "priority 64", "class class-default", "fair-queue", "interface FastEthernet0",
                "service-policy output WAN", "end");
        d.type("ping 10.2.2.1 source Loopback0");
        d.type("lab traffic add voice 10.1.1.1 10.2.2.1 48 dscp 46 size 200",
                "lab traffic add bulk 10.1.1.1 10.2.2.1 800 size 1000", "lab wait 20");
        java.util.regex.Matcher recv = java.util.regex.Pattern.compile("#recv errors (\\d+)")
                .matcher(d.on("R2", "show crypto ipsec sa"));
        assertTrue(recv.find());
        long errors = Long.parseLong(recv.group(1));
        assertTrue(errors > 0, "overtaken packets refused by the window");
        String detail = d.on("R2", "show crypto ipsec sa detail");
        assertTrue(detail.contains("    ##pkts replay failed (rcv): " + errors + "\n"), detail);
    }
}
