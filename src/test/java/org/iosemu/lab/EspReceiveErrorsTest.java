package org.iosemu.lab;

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
