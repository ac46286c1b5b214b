package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DPD's retry logic on a link that loses packets (`lab link R1 R2 drop next N`), pinned to the millisecond:
 * a lost R_U_THERE is sent again after the retry interval (2 s for `keepalive 10 periodic`) and the peer stays
 * alive; only five unanswered sends (the first and four retransmissions) declare it dead.
 */
class LossyLinkDpdTest {

    private static final String PING = "ping 10.2.2.1 source Loopback0";
    private static final String DOWN = "%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN";
    private static final String RETRY = "incrementing error counter on sa: PEERS_ALIVE_TIMER";
    private static final String ACK = "DPD/R_U_THERE_ACK received from peer 10.2.80.209";

    /** The lab with the tunnel up; returns the time of R1's first R_U_THERE (10 s after the SA came up). */
    private static long tunnelUp(LabDriver d) {
        d.type(PING);
        return d.times("R1", "IKE_DPD is enabled, initializing timers").get(0) + 10_000;
    }

    @Test
    void aLostRuThereIsSentAgainAfterTheRetryIntervalAndThePeerStaysAlive() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "");
        long first = tunnelUp(d);
        d.type("lab link R1 R2 drop next 1", "lab wait 25");
        assertEquals(List.of(first, first + 12_002), d.times("R1", "IKE_TIMER_IM_ALIVE"),
                "the next hello follows 10 s after the retransmission's ACK");
        assertEquals(List.of(first + 2_000), d.times("R1", RETRY));
        assertEquals(List.of(first + 2_002, first + 12_004), d.times("R1", ACK));
        assertTrue(d.times("R1", DOWN).isEmpty());
        assertTrue(d.type("show crypto isakmp sa").contains("10.2.80.209     10.1.32.14      QM_IDLE"));
    }

    @Test
    void fourLostSendsAreStillRecoveredByTheFifth() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "");
        long first = tunnelUp(d);
        d.type("lab link R1 R2 drop next 4", "lab wait 25");
        assertEquals(List.of(first + 2_000, first + 4_000, first + 6_000, first + 8_000), d.times("R1", RETRY));
        assertEquals(List.of(first + 8_002), d.times("R1", ACK));
        assertTrue(d.times("R1", DOWN).isEmpty());
    }

    @Test
    void fiveUnansweredSendsDeclareThePeerDead() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "");
        long first = tunnelUp(d);
        d.type("lab link R1 R2 drop next 5", "lab wait 25");
        assertEquals(List.of(first + 2_000, first + 4_000, first + 6_000, first + 8_000, first + 10_000),
                d.times("R1", RETRY));
        assertTrue(d.times("R1", ACK).isEmpty());
        assertEquals(List.of(first + 10_000), d.times("R1", DOWN));
        assertEquals(List.of(first + 10_000), d.times("R1", "peer 10.2.80.209 not responding!"));
    }

    @Test
    void randomLossIsTheSameInEveryRun() {
        List<LabDriver.LogLine> one = lossyHour();
        List<LabDriver.LogLine> two = lossyHour();
        assertEquals(one, two);
        assertTrue(one.stream().anyMatch(l -> l.text().contains(RETRY)), "30 % loss makes DPD retransmit");
    }

    private static List<LabDriver.LogLine> lossyHour() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "");
        tunnelUp(d);
        d.type("lab link R1 R2 loss 30", "lab wait 600");
        return d.log("R1");
    }

    @Test
    void labShowListsTheLinkWithWhatItLost() {
        LabDriver d = SeedConfigs.siteToSite("10 periodic", "");
        tunnelUp(d);
        assertEquals("R1#lab link R1 R2 delay 50 bandwidth 1544\n"
                + "% Lab: link R1-R2: mtu 1500, bandwidth 1544 kbit/s, delay 50 ms, loss 0%\n",
                d.type("lab link R1 R2 delay 50 bandwidth 1544"));
        d.type("lab link R2 R1 drop next 1", "lab wait 15");
        String show = d.type("lab show");
        assertTrue(show.contains("\nDefault link: mtu 1500, bandwidth unlimited, delay 1 ms, loss 0%\n"
                + "Link            MTU    Kbit/s    Delay  Loss  Sent     Lost    Drops   Frags   Queue\n"
                + "R1->R2          1500   1544      50ms   0%    2        1       0       0       0\n"
                + "R2->R1          1500   1544      50ms   0%    1        0       0       0       0\n"), show);
        assertEquals("R1#lab link R1 R1 loss 5\n% Lab: a link joins two different routers\n", d.type("lab link R1 R1 loss 5"));
        assertEquals("R1#lab link R1 R9 loss 5\n% Lab: no router named R9\n", d.type("lab link R1 R9 loss 5"));
    }
}
