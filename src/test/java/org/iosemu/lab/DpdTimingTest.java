package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DPD as the seed chapter describes it, on the lab clock, driven through the routers' CLIs. */
class DpdTimingTest {

    private static final String PING = "ping 10.2.2.1 source Loopback0";

    @Test
    void periodicKeepaliveProbesEveryTenSecondsWithoutTraffic() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "");
        d.type(PING);
        long up = d.times("R1", "IKE_DPD is enabled, initializing timers").get(0);
        d.type("lab wait 60");
        List<Long> probes = d.times("R1", "IKE_TIMER_IM_ALIVE");
        List<Long> acks = d.times("R1", "DPD/R_U_THERE_ACK received from peer 10.2.80.209");
        assertEquals(6, probes.size(), probes.toString());
        assertEquals(probes.size(), acks.size(), "every probe is answered");
        // the idle timer runs 10 s from the SA coming up, then 10 s from each acknowledged exchange
        assertEquals(up + 10_000, probes.get(0));
        for (int i = 1; i < probes.size(); i++) {
            assertEquals(acks.get(i - 1) + 10_000, probes.get(i), "probe " + i);
            assertEquals(probes.get(i) + 2 * Lab.LATENCY_MILLIS, acks.get(i), "ack " + i);
        }
        assertTrue(d.times("R1", "Crypto tunnel is DOWN").isEmpty());
    }

    /**
     * `keepalive 10 periodic` on both routers, 1 ms apart: a router does not send its own R_U_THERE right after it
     * received the peer's, since a received hello restarts its 10-second count (the chapter: "unless, of course,
     * the router receives a hello message from the peer"). R2's count ends first (its SA came up 1 ms earlier),
     * its hello reaches R1 in the millisecond R1's count ends, R1 stays silent; then they take turns.
     */
    @Test
    void bothPeriodicRouterThatJustHeardThePeersHelloStaysSilent() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "10 periodic");
        d.on("R2", "enable", "debug crypto isakmp");
        d.type(PING);
        long up1 = d.times("R1", "IKE_DPD is enabled, initializing timers").get(0);
        long up2 = d.times("R2", "IKE_DPD is enabled, initializing timers").get(0);
        assertEquals(up1 - Lab.LATENCY_MILLIS, up2, "the responder's SA is up one hop earlier");
        d.type("lab wait 45");
        assertEquals(List.of(up2 + 10_000, up2 + 30_002), d.times("R2", "IKE_TIMER_IM_ALIVE"));
        assertEquals(List.of(up1 + 10_000, up1 + 30_002), d.times("R1", "DPD/R_U_THERE received from peer"),
                "R2's hellos arrive when R1's own count would end");
        assertEquals(List.of(up1 + 20_000, up1 + 40_002), d.times("R1", "IKE_TIMER_IM_ALIVE"), "not at +10 s: R2's hello had just arrived");
        assertEquals(List.of(up2 + 20_002, up2 + 40_004), d.times("R2", "DPD/R_U_THERE received from peer"));
        assertEquals(List.of(up1 + 20_002, up1 + 40_004), d.times("R1", "DPD/R_U_THERE_ACK received"));
        assertTrue(d.times("R1", "PEERS_ALIVE_TIMER").isEmpty() && d.times("R2", "PEERS_ALIVE_TIMER").isEmpty());
    }

    @Test
    void deadPeerIsDeclaredAfterOneSendAndFourRetransmissions() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "");
        d.type(PING);
        long up = d.times("R1", "IKE_DPD is enabled, initializing timers").get(0);
        d.type("lab router R2 down", "lab wait 30");
        long first = up + 10_000;
        assertEquals(List.of(first), d.times("R1", "IKE_TIMER_IM_ALIVE"));
        assertEquals(List.of(first + 2_000, first + 4_000, first + 6_000, first + 8_000, first + 10_000),
                d.times("R1", "incrementing error counter on sa: PEERS_ALIVE_TIMER"));
        assertEquals(List.of(first + 10_000), d.times("R1", "peer 10.2.80.209 not responding!"));
        assertEquals(List.of(first + 10_000), d.times("R1", "peer does not do paranoid keepalives."));
        assertEquals(List.of(first + 10_000),
                d.times("R1", "%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 10.2.80.209:500 Id: 10.2.80.209"));
        List<String> order = new ArrayList<>();
        for (LabDriver.LogLine l : d.log("R1")) {
            if (l.at() == first + 10_000) {
                order.add(l.text());
            }
        }
        int notResponding = indexOf(order, "not responding!");
        assertTrue(notResponding >= 0 && indexOf(order, "paranoid") == notResponding + 1, order.toString());
        assertTrue(order.get(notResponding + 2).startsWith("ISAKMP:(1001):deleting SA reason \"peers alive\" state (I) QM_IDLE"),
                order.toString());
        assertTrue(indexOf(order, "Crypto tunnel is DOWN") > notResponding);
        assertTrue(indexOf(order, "IKE_PHASE1_DEL") > indexOf(order, "Crypto tunnel is DOWN"));
        String sa = d.type("show crypto isakmp sa");
        assertTrue(!sa.contains("10.2.80.209"), sa);
    }

    @Test
    void retryIntervalComesFromTheSecondKeepaliveArgument() {
        LabDriver d = SeedConfigs.siteToSite("30 20 periodic", "");
        d.type(PING);
        long up = d.times("R1", "IKE_DPD is enabled, initializing timers").get(0);
        d.type("lab router R2 down", "lab wait 140");
        long first = up + 30_000;
        assertEquals(List.of(first), d.times("R1", "IKE_TIMER_IM_ALIVE"));
        assertEquals(List.of(first + 20_000, first + 40_000, first + 60_000, first + 80_000, first + 100_000),
                d.times("R1", "incrementing error counter on sa: PEERS_ALIVE_TIMER"));
        assertEquals(List.of(first + 100_000), d.times("R1", "Crypto tunnel is DOWN"));
    }

    @Test
    void onDemandSendsNothingWithoutTrafficAndProbesWhenTrafficMeetsSilence() {
        LabDriver d = SeedConfigs.siteToSite("10", "");
        d.type(PING);
        d.type("lab wait 60");
        assertTrue(d.times("R1", "IKE_TIMER_IM_ALIVE").isEmpty(), "no probe without traffic");
        d.type("lab router R2 down");
        long before = d.now();
        String ping = d.type(PING);
        assertTrue(ping.contains("Success rate is 0 percent (0/5)"), ping);
        List<Long> probes = d.times("R1", "IKE_TIMER_IM_ALIVE");
        assertEquals(1, probes.size(), probes.toString());
        assertTrue(probes.get(0) >= before && probes.get(0) < before + 2_000, "probe follows the first silent packet");
        d.type("lab wait 30");
        assertEquals(1, d.times("R1", "Crypto tunnel is DOWN").size());
    }

    private static int indexOf(List<String> lines, String contains) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(contains)) {
                return i;
            }
        }
        return -1;
    }
}
