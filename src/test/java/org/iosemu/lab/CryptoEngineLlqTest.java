package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * LLQ for IPsec encryption engines on virtual time: R1's engine (512 kbit/s) is the bottleneck, the link to R2 is
 * fast; voice marked EF in a priority class of the policy on the crypto map's interface is encrypted first.
 */
class CryptoEngineLlqTest {

    private static final String[] POLICY = {"configure terminal", "class-map match-any VOICE", "match ip dscp ef",
        "policy-map WAN", "class VOICE", "priority 64", "class class-default", "fair-queue",
        "interface FastEthernet0", "service-policy output WAN", "end"};

    /** The site-to-site pair over a 10 Mbit/s link, tunnel up, R1's engine at {@code engine} kbit/s (0: not limited). */
    private static LabDriver lab(long engine) {
        LabDriver d = SeedConfigs.siteToSite("", "");
        d.type("lab link R1 R2 bandwidth 10000 delay 10");
        if (engine > 0) {
            d.type("lab engine R1 bandwidth " + engine);
        }
        d.type("ping 10.2.2.1 source Loopback0");
        return d;
    }

    /** Voice (48 kbit/s, EF) and bulk (800 kbit/s) from R1's LAN to R2's for 20 s; the flows' rows. */
    private static String traffic(LabDriver d) {
        d.type("lab traffic add voice 10.1.1.1 10.2.2.1 48 dscp 46 size 200",
                "lab traffic add bulk 10.1.1.1 10.2.2.1 800 size 1000", "lab wait 20");
        return d.type("lab traffic show");
    }

    /** A flow's loss in percent and average delay in ms from `lab traffic show`. */
    private static long[] lossAndDelay(String show, String flow) {
        String row = Arrays.stream(show.split("\n")).filter(l -> l.startsWith(flow + " ")).findFirst().orElseThrow();
        String[] w = row.trim().split("\\s+");
        return new long[] {Long.parseLong(w[8].replace("%", "")), Long.parseLong(w[9].split("/")[0])};
    }

    private static long figure(String show, String queue, String label) {
        String section = show.substring(show.indexOf(queue));
        String line = Arrays.stream(section.split("\n")).filter(l -> l.trim().startsWith(label + ":")).findFirst()
                .orElseThrow();
        return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
    }

    @Test
    void withAPriorityClassVoiceIsEncryptedFirstAndOnlyBulkLoses() {
        LabDriver d = lab(512);
        d.type(POLICY);
        String flows = traffic(d);
        long[] voice = lossAndDelay(flows, "voice");
        long[] bulk = lossAndDelay(flows, "bulk");
        assertEquals(0, voice[0], flows);
        assertTrue(voice[1] < 40, flows); // the link's 10 ms and at most one packet of the engine's work
        assertTrue(bulk[0] > 20, flows);
        String qos = d.type("show crypto eng qos");
        assertTrue(qos.contains("          engine bandwidth:  512 kbps\n"), qos);
        assertTrue(qos.contains("             LLQ for IPsec:  active\n"
                + "          interface policy:  FastEthernet0 service-policy output WAN\n"
                + "          priority classes:  VOICE\n"), qos);
        assertTrue(figure(qos, "Priority Queue", "packets processed") >= 600, qos);
        assertEquals(0, figure(qos, "Priority Queue", "packets dropped"), qos);
        assertTrue(figure(qos, "Best Effort Queue", "packets dropped") > 100, qos);
        assertEquals(500, figure(qos, "Best Effort Queue", "queue depth"), qos);
        String engine = d.type("show crypto engine configuration");
        assertTrue(engine.contains("\n         input queue count:  500\n"), engine);
    }

    @Test
    void withoutThePolicyVoiceWaitsAndIsDroppedWithTheBulk() {
        LabDriver d = lab(512);
        String flows = traffic(d);
        long[] voice = lossAndDelay(flows, "voice");
        assertTrue(voice[0] > 20, flows);
        assertTrue(voice[1] > 1000, flows);
        String qos = d.type("show crypto eng qos");
        assertTrue(qos.contains("             LLQ for IPsec:  inactive\n"), qos);
        assertEquals(0, figure(qos, "Priority Queue", "packets processed"), qos);
        assertTrue(figure(qos, "Best Effort Queue", "packets dropped") > 100, qos);
    }

    @Test
    void trafficNoCryptoMapEntryTakesNeverWaitsForTheBusyEngine() {
        LabDriver d = lab(512);
        traffic(d); // the engine's best-effort queue is full
        String ping = d.type("ping 10.2.80.209");
        assertTrue(ping.contains("\n!!!!!\nSuccess rate is 100 percent (5/5), round-trip min/avg/max = 20/20/20 ms"),
                ping);
    }

    @Test
    void anEngineWithoutALimitNeverQueues() {
        LabDriver d = lab(0);
        d.type(POLICY);
        String flows = traffic(d);
        assertEquals(0, lossAndDelay(flows, "voice")[0], flows);
        assertEquals(0, lossAndDelay(flows, "bulk")[0], flows);
        String qos = d.type("show crypto eng qos");
        assertTrue(qos.contains("          engine bandwidth:  not limited\n"), qos);
        assertEquals(0, figure(qos, "Best Effort Queue", "packets dropped"), qos);
        assertEquals(0, figure(qos, "Best Effort Queue", "queue depth"), qos);
        assertTrue(figure(qos, "Priority Queue", "packets processed") >= 600, qos);
        assertFalse(d.type("lab show").contains("Crypto engine"));
    }

    /**
     * R2's engine decrypts at 512 kbit/s. Its anti-replay window is off here: voice overtaking hundreds of queued
     * bulk packets would otherwise make them too old for the default window of 64 when their turn comes.
     */
    @Test
    void theDecryptingEngineQueuesTooAndTakesVoiceFirst() {
        LabDriver d = SeedConfigs.siteToSite("", "");
        d.type("lab link R1 R2 bandwidth 10000 delay 10", "lab engine R2 bandwidth 512");
        d.on("R2", "enable");
        d.on("R2", "configure terminal", "crypto map test 1", "set security-association replay disable", "end");
        d.on("R2", POLICY);
        d.type("ping 10.2.2.1 source Loopback0");
        String flows = traffic(d);
        assertEquals(0, lossAndDelay(flows, "voice")[0], flows);
        assertTrue(lossAndDelay(flows, "voice")[1] < 40, flows);
        long bulkLoss = lossAndDelay(flows, "bulk")[0];
        assertTrue(bulkLoss > 20 && bulkLoss < 60, flows); // the engine's drops, nothing else
        String qos = d.on("R2", "show crypto eng qos");
        assertTrue(figure(qos, "Priority Queue", "packets processed") >= 600, qos);
        assertTrue(figure(qos, "Best Effort Queue", "packets dropped") > 100, qos);
    }

    @Test
    void aPolicyAboveTheEngineIsAcceptedWithAWarning() {
        LabDriver d = lab(512);
        String out = d.type("configure terminal", "class-map match-any VOICE", "match ip dscp ef",
                "policy-map BIG", "class VOICE", "priority 448", "class class-default", "bandwidth 128",
                "interface FastEthernet0", "service-policy output BIG", "end");
        assertTrue(out.contains("\n% Warning: policy-map BIG aggregate bandwidth 576 kbps exceeds crypto engine"
                + " bandwidth 512 kbps\n"), out);
        assertTrue(d.type("show running-config interface FastEthernet0").contains(" service-policy output BIG\n"));
        d.type("lab engine R1 default");
        String quiet = d.type("configure terminal", "interface FastEthernet0", "service-policy output BIG", "end");
        assertFalse(quiet.contains("% Warning"), quiet);
    }
}
