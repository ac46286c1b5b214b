package org.iosemu.net.udp.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * iosemu, configured only with IOS commands and bound to 10.99.0.2 inside a network namespace, against a real
 * strongSwan 5.9.8 (kernel-libipsec, so NAT-T is forced: float to 4500 and ESP-in-UDP). The harness's own
 * checker judges the wire; the emulator's debug output judges its side. Skips only when namespaces or
 * strongSwan are unavailable.
 */
@Tag("interop")
class StrongSwanInteropTest {
    private static final Pattern SUCCESS = Pattern.compile("Success rate is (\\d+) percent \\((\\d+)/(\\d+)\\).*");

    private Harness harness;
    private AutoCloseable exclusive;
    private DutProcess dut;
    private String testName;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        Harness.Result<Harness> h = Harness.locate();
        Assumptions.assumeTrue(h.value() != null, () -> "interop skipped: " + h.reason());
        harness = h.value();
        testName = info.getTestMethod().orElseThrow().getName();
        exclusive = Harness.exclusive();
        harness.teardown(); // a previous aborted run may have left the peer behind
    }

    @AfterEach
    void tearDown() throws Exception {
        if (exclusive == null) {
            return; // skipped: nothing was started
        }
        try {
            if (dut != null) {
                Path out = Path.of("target", "interop");
                Files.createDirectories(out);
                Files.writeString(out.resolve(testName + ".dut.txt"), dut.transcript());
                dut.close();
            }
        } finally {
            try {
                harness.teardown();
            } finally {
                exclusive.close();
            }
        }
    }

    /** The seed's site-to-site example, with a second `set peer` that does not exist (failover target). */
    private static List<String> siteToSite(boolean aes) {
        // debugging on before the key exists: a peer that is already initiating completes Main Mode as soon as the key
        // line is in, which on a loaded machine was before a trailing `debug crypto isakmp` was read
        List<String> l = new ArrayList<>(List.of("enable", "debug crypto isakmp", "configure terminal", "crypto isakmp policy 1"));
        if (aes) {
            l.addAll(List.of(" encryption aes", " hash sha256", " authentication pre-share", " group 14", " exit"));
        } else {
            l.addAll(List.of(" encryption 3des", " authentication pre-share", " group 2", " exit"));
        }
        l.addAll(List.of(
                "crypto isakmp key kd94j1ksldz address 10.99.0.1",
                "crypto isakmp keepalive 10 periodic",
                aes ? "crypto ipsec transform-set ts esp-aes esp-sha256-hmac" : "crypto ipsec transform-set esp-3des-sha esp-3des esp-sha-hmac",
                " exit",
                "access-list 101 permit ip 10.99.2.0 0.0.0.255 10.99.1.0 0.0.0.255",
                "crypto map vpn 10 ipsec-isakmp",
                " set peer 10.99.0.1",
                " set peer 10.99.0.3",
                aes ? " set transform-set ts" : " set transform-set esp-3des-sha",
                " match address 101",
                " exit",
                "interface FastEthernet0/0",
                " ip address 10.99.0.2 255.255.255.0",
                " crypto map vpn",
                " no shutdown",
                " exit",
                "interface Loopback0",
                " ip address 10.99.2.1 255.255.255.0",
                " exit",
                "ip route 10.99.1.0 255.255.255.0 10.99.0.1", // the peer's protected net: routed out of the crypto map
                "end"));
        return l;
    }

    private void startDut(boolean aes) throws Exception {
        startDut(aes, List.of());
    }

    /** {@code entryLines}: more commands for crypto map entry vpn 10. */
    private void startDut(boolean aes, List<String> entryLines) throws Exception {
        dut = new DutProcess(Harness.DUT_NS, "10.99.0.2");
        assertTrue(dut.await(l -> l.startsWith("UDP 500/4500 bound on 10.99.0.2"), 20).isPresent(), () -> "DUT did not start:\n" + dut.transcript());
        List<String> config = new ArrayList<>(siteToSite(aes));
        config.addAll(config.indexOf(" match address 101") + 1, entryLines);
        dut.type(config.toArray(String[]::new));
        assertTrue(dut.await(l -> l.contains("Crypto ISAKMP debugging is on"), 10).isPresent(), () -> dut.transcript());
        assertTrue(dut.await(l -> l.contains("%SYS-5-CONFIG_I: Configured from console"), 15).isPresent(), () -> dut.transcript());
    }

    /** `ping 10.99.1.1 source Loopback0` on iosemu: the first echo starts IKE, the rest must come back. */
    private int pingFromDut(String options) throws Exception {
        int before = (int) dut.lines().stream().filter(l -> SUCCESS.matcher(l).matches()).count();
        dut.type("ping 10.99.1.1 source Loopback0" + options);
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            List<String> results = dut.lines().stream().filter(l -> SUCCESS.matcher(l).matches()).toList();
            if (results.size() > before) {
                Matcher m = SUCCESS.matcher(results.get(before));
                assertTrue(m.matches());
                return Integer.parseInt(m.group(2));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ping did not finish:\n" + dut.transcript());
    }

    /** Polls `show crypto ipsec sa` until the tunnel to 10.99.0.1 is there. */
    private void awaitIpsecSa() throws Exception {
        for (int i = 0; i < 60; i++) {
            dut.type("show crypto ipsec sa");
            if (dut.await(l -> l.startsWith("   current_peer 10.99.0.1 port 4500"), 0).isPresent()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("strongSwan's Main Mode + Quick Mode did not complete\n" + dut.transcript());
    }

    private void save(Harness.Check c) throws IOException {
        Path out = Path.of("target", "interop");
        Files.createDirectories(out);
        Files.writeString(out.resolve(testName + ".check.txt"), c.report());
    }

    private static void assertNoFailures(Harness.Check c) {
        assertTrue(c.passCount() > 0, () -> "checker did not finish:\n" + c.report());
        assertEquals(0, c.failCount(), () -> "failed checks " + c.failed() + "\n" + c.report());
    }

    @Test
    void iosemuInitiatesPingsProbesAndFailsOverWhenStrongSwanDies() throws Exception {
        // the peer probes after 5 s of silence, iosemu every 10 s: each hello of the peer restarts iosemu's count
        // (the chapter: "unless, of course, the router receives a hello message from the peer"), so iosemu only
        // answers until the peer dies
        harness.startPeer(List.of("--respond", "--dpd-delay", "5", "--dpd-timeout", "30"));
        startDut(false);
        int echoes = pingFromDut("");
        assertTrue(echoes >= 4, "4 of 5 echoes through the tunnel (the first starts IKE, as on IOS): " + echoes + "\n" + dut.transcript());
        assertTrue(dut.await(l -> l.endsWith("NAT found, the node outside NAT"), 1).isPresent(), "libipsec's faked NAT-D seen");
        assertTrue(dut.await(l -> l.contains("sending packet to 10.99.0.1 my_port 4500 peer_port 4500 (I) MM_KEY_EXCH"), 1).isPresent(), "MM5 floated");

        Harness.Check c = harness.check(List.of("--ping", "--kill-peer", "--observe", "25"), 150);
        save(c);
        assertNoFailures(c);
        assertTrue(c.passed("IKEv1 SA established"), c.report());
        assertTrue(c.passed("Quick Mode child SA installed"), c.report());
        assertTrue(c.passed("ESP round trip through the tunnel"), "the peer's pings to 10.99.2.1 answered by iosemu\n" + c.report());
        assertTrue(c.passed("peer R_U_THERE answered by DUT"), c.report());
        assertTrue(c.skipped("DUT sends R_U_THERE, peer ACKs"), "silent while the peer's hellos come every 5 s\n" + c.report());
        assertTrue(c.passed("DUT probes the dead peer with R_U_THERE"), c.report());

        // IOS timing: R_U_THERE 10 s after the peer's last hello, then every 2 s, dead after the fifth unanswered send
        String dead = dut.await(l -> l.endsWith("peer 10.99.0.1 not responding!"), 15)
                .orElseThrow(() -> new AssertionError("peer never declared dead\n" + dut.transcript()));
        List<String> lines = dut.lines();
        int deadAt = lines.indexOf(dead);
        double lastHello = -1;
        for (int i = deadAt; i >= 0 && lastHello < 0; i--) {
            if (lines.get(i).contains("DPD/R_U_THERE received from peer 10.99.0.1")) {
                lastHello = DutProcess.time(lines.get(i)).orElseThrow();
            }
        }
        assertTrue(lastHello >= 0, "a hello was received before the peer died");
        double silence = DutProcess.time(dead).orElseThrow() - lastHello;
        assertTrue(silence >= 19.5 && silence <= 21.5, "dead 10 + 5 x 2 s after the peer's last hello, was " + silence);
        assertTrue(dut.await(l -> l.contains("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 10.99.0.1:4500"), 1).isPresent());

        // failover: the next interesting packet goes to the second `set peer`
        pingFromDut(" repeat 1");
        assertTrue(dut.await(l -> l.contains("Created a peer struct for 10.99.0.3"), 5).isPresent(), () -> "no failover\n" + dut.transcript());
    }

    @Test
    void strongSwanInitiatesAndClearsIosemuByDpdWhenItIsKilled() throws Exception {
        // the peer's DPD delay is longer than iosemu's 10 s: iosemu probes and the peer, hearing it, stays silent
        // until iosemu is killed
        harness.startPeer(List.of("--dpd-delay", "15", "--dpd-timeout", "20"));
        startDut(false);
        // let strongSwan's own initiation finish first, or the checker initiates a second Quick Mode
        awaitIpsecSa();
        Harness.Check c = harness.check(List.of("--ping", "--stop-dut-cmd", "kill -9 " + dut.pid()), 150);
        save(c);
        assertNoFailures(c);
        // any responder state will do
        assertTrue(dut.await(l -> l.contains("(R) MM_") || l.contains("New State = IKE_R_MM"), 1).isPresent(),
                "iosemu was the responder");
        assertTrue(c.passed("ESP round trip through the tunnel"), c.report());
        assertTrue(c.passed("DUT sends R_U_THERE, peer ACKs"), c.report());
        assertTrue(c.passed("peer detects dead DUT via DPD"), "strongSwan's DPD cleared the SA\n" + c.report());
        assertTrue(!dut.alive(), "iosemu was killed");
    }

    /**
     * strongSwan initiates proposing its 3600 s rekey (3960 s hard lifetime) to an entry with `set
     * security-association lifetime seconds 1200`: iosemu installs 1200 s and says so in QM2 with RESPONDER-LIFETIME
     * (24576). strongSwan must take that QM2 (the notify inside HASH(2)) and the tunnel must carry traffic. strongSwan
     * 5.9.8 itself never applies a peer's IKEv1 lifetime: its child SA is installed with its configured times
     * (quick_mode.c only logs a differing SA-payload lifetime; child_sa.c takes the config's), so its own SA outlives
     * iosemu's and iosemu's DELETE at expiry ends it.
     */
    @Test
    void aShorterIosemuLifetimeReachesStrongSwanAsResponderLifetime() throws Exception {
        harness.startPeer(List.of("--esp-lifetime", "3600"));
        startDut(false, List.of(" set security-association lifetime seconds 1200"));
        awaitIpsecSa();
        Harness.Check c = harness.check(List.of("--ping"), 90);
        save(c);
        assertNoFailures(c);
        assertTrue(c.passed("ESP round trip through the tunnel"), c.report());

        String charonLog = Files.readString(harness.peerFile("charon.log"));
        assertTrue(Pattern.compile("parsed QUICK_MODE response \\d+ \\[ .*N\\(\\(24576\\)\\).* \\]").matcher(charonLog).find(),
                "strongSwan parsed iosemu's QM2 with the RESPONDER-LIFETIME notify\n" + charonLog);
        assertTrue(charonLog.contains("CHILD_SA dut{1} established"), charonLog);
        Harness.Run sas = harness.run(List.of("env", "STRONGSWAN_CONF=" + harness.peerFile("strongswan.conf"), "/usr/sbin/swanctl", "--list-sas", "--uri",
                "unix://" + harness.peerFile("charon.vici")), 20);
        Files.writeString(Path.of("target", "interop", testName + ".swanctl.txt"), sas.output());
        assertTrue(sas.output().contains("INSTALLED, TUNNEL"), sas.output());

        dut.type("show crypto ipsec sa");
        String timing = dut.await(l -> l.contains("sa timing: remaining key lifetime (k/sec):"), 10)
                .orElseThrow(() -> new AssertionError(dut.transcript()));
        Matcher seconds = Pattern.compile("/(\\d+)\\)$").matcher(timing.trim());
        assertTrue(seconds.find() && Integer.parseInt(seconds.group(1)) <= 1200, "iosemu installed its 1200 s: " + timing);
    }

    @Test
    void aes128Sha256Group14() throws Exception {
        harness.startPeer(List.of("--respond", "--ike", "aes128-sha256-modp2048", "--esp", "aes128-sha256"));
        startDut(true);
        dut.type("monitor capture CAP interface FastEthernet0/0 both", "monitor capture CAP start");
        assertTrue(dut.await(l -> l.equals("Started capture point : CAP"), 5).isPresent(), dut::transcript);
        assertTrue(pingFromDut("") >= 4, dut::transcript);
        Harness.Check c = harness.check(List.of("--ping", "--dpd-pairs", "1",
                "--expect-ike", "AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048", "--expect-esp", "AES_CBC_128/HMAC_SHA2_256_128"), 120);
        save(c);
        assertNoFailures(c);
        assertTrue(c.passed("IKE proposal"), c.report());
        assertTrue(c.passed("ESP round trip through the tunnel"), c.report());
        Optional<String> encaps = dut.await(l -> l.endsWith("encaps is 3 (Tunnel-UDP)"), 1);
        assertTrue(encaps.isPresent(), "UDP-encapsulated tunnel negotiated");

        // the emulator's own capture of the real exchange, decrypted with its hidden key command
        Path pcap = Path.of("target", "interop", "aes128Sha256Group14.pcap").toAbsolutePath();
        Files.createDirectories(pcap.getParent());
        dut.type("monitor capture CAP stop", "monitor capture CAP export " + pcap, "show crypto isakmp keys", "show clock");
        assertTrue(dut.await(l -> l.equals("Exported Successfully"), 10).isPresent(), dut::transcript);
        assertTrue(dut.await(l -> l.contains("#show clock"), 10).isPresent(), dut::transcript);
        List<String> keys = dut.lines().stream().filter(l -> l.startsWith("uat:") || l.startsWith("esp.enable")).toList();
        assertTrue(keys.stream().anyMatch(l -> l.startsWith("uat:ikev1_decryption_table:")), dut::transcript);
        Files.write(pcap.resolveSibling("aes128Sha256Group14.keys.txt"), keys);
        Assumptions.assumeTrue(org.iosemu.capture.Tshark.installed(), "tshark missing: pcap not dissected");
        assertEquals(List.of(), org.iosemu.capture.Tshark.malformed(pcap, keys), "no malformed frames");
        List<String> protocols = org.iosemu.capture.Tshark.run(pcap, keys, "-T", "fields", "-e", "frame.protocols");
        assertTrue(protocols.size() >= 12, "MM, QM, DPD and ESP captured: " + protocols.size());
        assertTrue(protocols.stream().allMatch(p -> p.endsWith(":isakmp") || p.contains(":esp")), String.join("\n", protocols));
        assertTrue(!org.iosemu.capture.Tshark.run(pcap, keys, "-Y", "isakmp.notify.msgtype == 36136").isEmpty(), "R-U-THERE decrypted");
        assertTrue(org.iosemu.capture.Tshark.run(pcap, keys, "-Y", "esp && icmp").size() >= 6, "pings both ways decrypted inside ESP-in-UDP");
    }
}
