package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `ping` through the tunnel: real ICMP echoes, ESP across the network, IOS output and counters. */
class PingTest {

    private static final String HEADER = "Type escape sequence to abort.\n"
            + "Sending 5, 100-byte ICMP Echos to 10.2.2.1, timeout is 2 seconds:\n"
            + "Packet sent with a source address of 10.1.1.1 \n";

    @Test
    void firstEchoIsLostWhileIkeNegotiatesThenAllPass() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable");
        long start = d.now();
        assertEquals("R1#ping 10.2.2.1 source Loopback0\n" + HEADER
                + "*Mar  1 00:00:00.006: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer 10.2.80.209:500       Id: 10.2.80.209\n"
                + ".!!!!\nSuccess rate is 80 percent (4/5), round-trip min/avg/max = 2/2/2 ms\n",
                d.type("ping 10.2.2.1 source Loopback0"));
        assertEquals(start + 2000 + 4 * 2 * Lab.LATENCY_MILLIS, d.now(), "a lost echo costs its 2 s timeout");
        assertEquals("R1#ping 10.2.2.1 source Loopback0\n" + HEADER
                + "!!!!!\nSuccess rate is 100 percent (5/5), round-trip min/avg/max = 2/2/2 ms\n",
                d.type("ping 10.2.2.1 source Loopback0"));
        String sa = d.type("show crypto ipsec sa");
        assertTrue(sa.contains("    #pkts encaps: 9, #pkts encrypt: 9, #pkts digest: 9\n"
                + "    #pkts decaps: 9, #pkts decrypt: 9, #pkts verify: 9\n"), sa);
        String peer = d.on("R2", "enable", "show crypto ipsec sa");
        assertTrue(peer.contains("#pkts encaps: 9, #pkts encrypt: 9") && peer.contains("#pkts decaps: 9, #pkts decrypt: 9"), peer);
    }

    @Test
    void optionsAndSourceAddress() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "ping 10.2.2.1 source Loopback0");
        String out = d.type("ping 10.2.2.1 source 10.1.1.1 repeat 3 size 500 timeout 1");
        assertTrue(out.contains("Sending 3, 500-byte ICMP Echos to 10.2.2.1, timeout is 1 seconds:\n"
                + "Packet sent with a source address of 10.1.1.1 \n!!!\nSuccess rate is 100 percent (3/3)"), out);
        String bad = d.type("ping 10.2.2.1 source 10.9.9.9");
        assertTrue(bad.contains("% Invalid source address"), bad);
    }

    @Test
    void clearTrafficToThePeerAddressAndOwnAddresses() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable");
        String out = d.type("ping 10.2.80.209");
        assertTrue(out.contains("!!!!!\nSuccess rate is 100 percent (5/5)"), out);
        assertTrue(d.lab.router("R1").engine().snapshot().ikeSas().isEmpty(), "not interesting traffic: no IKE");
        assertTrue(d.type("ping 10.1.1.1").contains("!!!!!"));
    }

    @Test
    void deadOrUnroutedDestinationsTimeOut() {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        d.type("enable", "lab router HUB1 down");
        long start = d.now();
        String out = d.type("ping 10.0.0.1 repeat 2");
        assertTrue(out.contains("..\nSuccess rate is 0 percent (0/2)\n"), out);
        assertEquals(start + 4000, d.now());
        d.on("HUB2", "enable");
        String unrouted = d.on("HUB2", "ping 10.99.0.1 repeat 1");
        assertTrue(unrouted.contains(".\nSuccess rate is 0 percent (0/1)"), unrouted);
    }

    /** Records each piece of output with the virtual time it was printed at; stops when told. */
    private static final class TimedOutput implements org.iosemu.cli.session.CliOutput {
        final java.util.List<String> events = new java.util.ArrayList<>();
        private final LabDriver d;
        private final long start;
        private final int stopAfterChecks;
        private int checks;

        TimedOutput(LabDriver d, int stopAfterChecks) {
            this.d = d;
            this.start = d.now();
            this.stopAfterChecks = stopAfterChecks;
        }

        @Override
        public void print(String text) {
            events.add((d.now() - start) + ":" + text);
        }

        @Override
        public boolean interrupted() {
            return ++checks > stopAfterChecks;
        }
    }

    @Test
    void eachEchoIsPrintedWhenItAnswersOnTheVirtualClock() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "ping 10.2.2.1 source Loopback0");
        TimedOutput out = new TimedOutput(d, Integer.MAX_VALUE);
        d.console.submit("ping 10.2.2.1 source Loopback0 repeat 3", out);
        assertEquals(java.util.List.of("0:Type escape sequence to abort.\n",
                "0:Sending 3, 100-byte ICMP Echos to 10.2.2.1, timeout is 2 seconds:\n",
                "0:Packet sent with a source address of 10.1.1.1 \n", "2:!", "4:!", "6:!", "6:\n",
                "6:Success rate is 100 percent (3/3), round-trip min/avg/max = 2/2/2 ms\n"), out.events);
    }

    @Test
    void aStoppedPingCountsOnlyTheEchoesItSentAndKeepsNothingPerEcho() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "ping 10.2.2.1 source Loopback0");
        long start = d.now();
        TimedOutput out = new TimedOutput(d, 140);
        d.console.submit("ping 10.2.2.1 source Loopback0 repeat 2147483647", out);
        String text = String.join("", out.events.stream().map(e -> e.substring(e.indexOf(':') + 1)).toList());
        assertTrue(text.endsWith("!".repeat(70) + "\n" + "!".repeat(70) + "\n!\n"
                + "Success rate is 100 percent (141/141), round-trip min/avg/max = 2/2/2 ms\n"), text);
        assertEquals(start + 141 * 2 * Lab.LATENCY_MILLIS, d.now(), "the clock moved only for the echoes sent");
    }

    @Test
    void labWaitStopsAtTheNextSecondWhenTheUserAsksIt() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable");
        long start = d.now();
        d.console.submit("lab wait 30", new TimedOutput(d, 2));
        assertEquals(start + 3000, d.now(), "asked after each second: stopped at the third");
    }
}
