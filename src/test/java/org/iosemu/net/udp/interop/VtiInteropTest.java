package org.iosemu.net.udp.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * iosemu's static VTI (`interface Tunnel0`, `tunnel mode ipsec ipv4`, `tunnel protection ipsec profile P`, a static
 * route via Tunnel0) against a real strongSwan 5.9.8 set up route-based: a 0.0.0.0/0 === 0.0.0.0/0 child SA, no
 * routes of charon's own, and only iosemu's networks routed into kernel-libipsec's ipsec0 (the strongSwan side of
 * `ip route ... Tunnel0`). The peer's configuration and its namespaces come from src/test/resources/interop/vti
 * (vti-peer.sh), not from the shared harness, whose start-peer.sh would put 0.0.0.1 (the first host of 0.0.0.0/0)
 * on the peer's loopback. Each direction: tunnel up on both ends, pings across both ways with the Tunnel0 SA's
 * counters moving, then the peer goes away and Tunnel0's line protocol follows. Skips only where network
 * namespaces or strongSwan are unavailable.
 */
@Tag("interop")
class VtiInteropTest {
    private static final String DUT_NS = "iosemu-vd";
    private static final String DUT_ADDRESS = "10.99.0.2";
    private static final String TUNNEL_UP = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up";
    private static final String TUNNEL_DOWN = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down";
    private static final Pattern SUCCESS = Pattern.compile("Success rate is (\\d+) percent \\((\\d+)/(\\d+)\\).*");
    private static final Pattern ENCAPS = Pattern.compile("\\s*#pkts encaps: (\\d+), .*");
    private static final Pattern DECAPS = Pattern.compile("\\s*#pkts decaps: (\\d+), .*");
    private static final Pattern OUTBOUND_SPI = Pattern.compile("\\s*current outbound spi: (0x[0-9A-F]+)\\(\\d+\\)");

    private AutoCloseable exclusive;
    private Path script;
    private Path state;
    private DutProcess dut;
    private String testName;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        Optional<String> missing = unavailable();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "interop skipped: " + missing.orElse(""));
        testName = info.getTestMethod().orElseThrow().getName();
        script = Path.of(getClass().getResource("/interop/vti/vti-peer.sh").toURI());
        state = Path.of("target", "interop", "vti-peer").toAbsolutePath();
        exclusive = Harness.exclusive(); // one interop test at a time on this machine, whichever namespaces it uses
        peer("down"); // what an aborted run may have left
    }

    @AfterEach
    void tearDown() throws Exception {
        if (exclusive == null) {
            return; // skipped: nothing was started
        }
        try {
            Path out = Path.of("target", "interop");
            Files.createDirectories(out);
            if (dut != null) {
                Files.writeString(out.resolve(testName + ".dut.txt"), dut.transcript());
                dut.close();
            }
            if (Files.exists(state.resolve("charon.log"))) {
                Files.copy(state.resolve("charon.log"), out.resolve(testName + ".charon.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                peer("down");
            } finally {
                exclusive.close();
            }
        }
    }

    /** Why interop cannot run here, if it cannot. */
    private static Optional<String> unavailable() {
        if (!Files.isExecutable(Path.of("/usr/lib/ipsec/charon")) || !Files.isExecutable(Path.of("/usr/sbin/swanctl"))
                || !Files.exists(Path.of("/usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so"))) {
            return Optional.of("strongSwan (charon, swanctl, kernel-libipsec) not installed: see .ci/run");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of("network namespaces need root");
        }
        if (!Files.exists(Path.of("/dev/net/tun"))) {
            return Optional.of("kernel-libipsec needs /dev/net/tun");
        }
        try {
            Process p = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.of("`ip netns` does not work here");
            }
        } catch (IOException e) {
            return Optional.of("iproute2 missing: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
        return Optional.empty();
    }

    /** vti-peer.sh COMMAND STATE ARGS...; its exit status and output. */
    private Harness.Run peer(String command, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", script.toString(), command));
        if (!command.equals("ping")) {
            cmd.add(state.toString());
        }
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
        return new Harness.Run(p.exitValue(), out);
    }

    /** The static VTI as a network engineer writes it; {@code responderOnly} lets strongSwan be the initiator. */
    private static List<String> vtiConfig(boolean responderOnly) {
        List<String> l = new ArrayList<>(List.of(
                "enable",
                "debug crypto isakmp",
                "configure terminal",
                "crypto isakmp policy 10",
                " encryption aes 256",
                " hash sha",
                " authentication pre-share",
                " group 14",
                " exit",
                "crypto isakmp key vti-s3cret address 10.99.0.1",
                "crypto isakmp keepalive 10 periodic",
                "crypto ipsec transform-set AES-SHA esp-aes esp-sha-hmac",
                " exit",
                "crypto ipsec profile P",
                " set transform-set AES-SHA"));
        if (responderOnly) {
            l.add(" responder-only");
        }
        l.addAll(List.of(
                " exit",
                "interface FastEthernet0/0",
                " ip address 10.99.0.2 255.255.255.0",
                " no shutdown",
                " exit",
                "interface Loopback0",
                " ip address 10.99.2.1 255.255.255.0",
                " exit",
                "interface Tunnel0",
                " ip address 172.16.0.2 255.255.255.252",
                // the mode first: a tunnel with source and destination in the default GRE mode would come up
                " tunnel mode ipsec ipv4",
                " tunnel source FastEthernet0/0",
                " tunnel destination 10.99.0.1",
                " tunnel protection ipsec profile P",
                " exit",
                "ip route 10.99.1.0 255.255.255.0 Tunnel0",
                "end"));
        return l;
    }

    private void startDut(boolean responderOnly) throws Exception {
        Harness.Run up = peer("up");
        assertEquals(0, up.exit(), () -> "vti-peer.sh up failed:\n" + up.output());
        bootDut(responderOnly);
    }

    /** A fresh iosemu in the DUT namespace, configured with the VTI. */
    private void bootDut(boolean responderOnly) throws Exception {
        dut = new DutProcess(DUT_NS, DUT_ADDRESS);
        assertTrue(dut.await(l -> l.startsWith("UDP 500/4500 bound on " + DUT_ADDRESS), 20).isPresent(), () -> "DUT did not start:\n" + dut.transcript());
        dut.type(vtiConfig(responderOnly).toArray(String[]::new));
        assertTrue(dut.await(l -> l.contains("%SYS-5-CONFIG_I: Configured from console"), 15).isPresent(), () -> dut.transcript());
    }

    /** Types {@code command} and returns what it printed (up to the next prompt). */
    private List<String> show(String command) throws Exception {
        int from = dut.lines().size();
        dut.type(command, "");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            List<String> lines = dut.lines();
            int echo = -1;
            for (int i = from; i < lines.size(); i++) {
                // a debug line may land between the prompt and the echo: then the echo has a line of its own
                if (echo < 0 && (lines.get(i).endsWith("#" + command) || lines.get(i).equals(command))) {
                    echo = i;
                } else if (echo >= 0 && lines.get(i).matches("\\S+#\\s*")) {
                    return lines.subList(echo + 1, i);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no output for " + command + "\n" + dut.transcript());
    }

    private static long counter(List<String> output, Pattern p) {
        return output.stream().map(p::matcher).filter(Matcher::matches).mapToLong(m -> Long.parseLong(m.group(1))).sum();
    }

    /** `ping 10.99.1.1 source Loopback0` on iosemu (through Tunnel0); echoes answered. */
    private int pingFromDut() throws Exception {
        List<String> out = show("ping 10.99.1.1 source Loopback0");
        return out.stream().map(SUCCESS::matcher).filter(Matcher::matches).findFirst()
                .map(m -> Integer.parseInt(m.group(2))).orElseThrow(() -> new AssertionError(String.join("\n", out)));
    }

    /** Tunnel up on both ends, pings across both ways, Tunnel0's SA counters moving with them. */
    private void assertTunnelCarriesTraffic() throws Exception {
        String sas = strongSwanSas(o -> o.contains("ESTABLISHED, IKEv1") && o.contains("INSTALLED, TUNNEL-in-UDP"));
        assertTrue(sas.contains("ESTABLISHED, IKEv1") && sas.contains("INSTALLED, TUNNEL-in-UDP"), sas);
        assertTrue(sas.contains("local  0.0.0.0/0") && sas.contains("remote 0.0.0.0/0"), "0.0.0.0/0 selectors on strongSwan: " + sas);

        List<String> session = show("show crypto session");
        assertTrue(session.contains("Interface: Tunnel0"), () -> String.join("\n", session));
        assertTrue(session.contains("Session status: UP-ACTIVE"), () -> String.join("\n", session));
        assertTrue(session.contains("  IPSEC FLOW: permit ip 0.0.0.0/0.0.0.0 0.0.0.0/0.0.0.0"), () -> String.join("\n", session));
        List<String> iface = show("show interfaces Tunnel0");
        assertTrue(iface.contains("Tunnel0 is up, line protocol is up"), () -> String.join("\n", iface));

        List<String> before = show("show crypto ipsec sa");
        assertTrue(before.contains("interface: Tunnel0"), () -> String.join("\n", before));
        assertTrue(before.contains("   remote ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)"), () -> String.join("\n", before));
        assertEquals(5, pingFromDut(), () -> "all five echoes through the SA that is already up\n" + dut.transcript());
        Harness.Run ping = peer("ping", "-c", "3", "-W", "2", "10.99.2.1");
        assertEquals(0, ping.exit(), () -> "strongSwan's pings to iosemu's Loopback0 through ipsec0:\n" + ping.output());
        assertTrue(ping.output().contains("3 received"), ping.output());
        List<String> after = show("show crypto ipsec sa");
        assertTrue(counter(after, ENCAPS) - counter(before, ENCAPS) >= 8, () -> "5 echoes + 3 replies encrypted\n" + String.join("\n", after));
        assertTrue(counter(after, DECAPS) - counter(before, DECAPS) >= 8, () -> "5 replies + 3 echoes decrypted\n" + String.join("\n", after));
    }

    @Test
    void iosemuBringsTheVtiUpAndDpdTakesItsLineProtocolDownWhenStrongSwanDies() throws Exception {
        startDut(false);
        assertTrue(dut.await(l -> l.contains(TUNNEL_UP), 30).isPresent(), () -> "Tunnel0 never came up\n" + dut.transcript());
        assertTrue(dut.await(l -> l.contains("sending packet to 10.99.0.1 my_port 500 peer_port 500 (I) MM_NO_STATE"), 0).isPresent(),
                "iosemu started Main Mode without traffic, as a VTI does");
        // iosemu's initiator side is up at QM2; strongSwan installs its child SA when QM3 arrives
        String log = charonLog(l -> l.contains("established with SPIs") && l.contains("TS 0.0.0.0/0 === 0.0.0.0/0"));
        assertTrue(log.contains("established with SPIs") && log.contains("TS 0.0.0.0/0 === 0.0.0.0/0"), log);
        assertTrue(log.contains("parsed ID_PROT request 0 [ ID HASH N(INITIAL_CONTACT) ]"), () -> "strongSwan knows iosemu's INITIAL_CONTACT\n" + log);
        assertTunnelCarriesTraffic();

        // iosemu dies and boots again: its INITIAL_CONTACT makes strongSwan replace the dead one's SAs (when iosemu sent
        // it as 24002, strongSwan logged an unknown notify and kept them beside the new ones)
        Path out = Files.createDirectories(Path.of("target", "interop"));
        Files.writeString(out.resolve(testName + ".dut-before-restart.txt"), dut.transcript());
        dut.close();
        bootDut(false);
        assertTrue(dut.await(l -> l.contains(TUNNEL_UP), 30).isPresent(), () -> "Tunnel0 never came up again\n" + dut.transcript());
        String sas = strongSwanSas(o -> count(o, "ESTABLISHED, IKEv1") == 1 && count(o, "INSTALLED, TUNNEL-in-UDP") == 1);
        assertEquals(1, sas.split("ESTABLISHED, IKEv1", -1).length - 1, () -> "one IKE SA left on strongSwan\n" + sas);
        assertEquals(1, sas.split("INSTALLED, TUNNEL-in-UDP", -1).length - 1, () -> "one child SA left on strongSwan\n" + sas);
        assertTunnelCarriesTraffic();

        assertEquals(0, peer("kill").exit());
        int dead = awaitFrom(0, l -> l.endsWith("peer 10.99.0.1 not responding!"), 45);
        assertTrue(dead >= 0, () -> "DPD never declared strongSwan dead\n" + dut.transcript());
        assertTrue(awaitFrom(dead, l -> l.endsWith(TUNNEL_DOWN), 5) >= 0, () -> "Tunnel0 follows its SA down\n" + dut.transcript());
        List<String> iface = show("show interfaces Tunnel0");
        assertTrue(iface.contains("Tunnel0 is up, line protocol is down"), () -> String.join("\n", iface));
        List<String> routes = show("show ip route");
        assertTrue(routes.stream().noneMatch(l -> l.contains("10.99.1.0")), () -> "the route via Tunnel0 left with it\n" + String.join("\n", routes));
    }

    @Test
    void strongSwanInitiatesRekeysRestartsAndTerminatesTheVti() throws Exception {
        startDut(true);
        Harness.Run initiate = peer("initiate");
        assertEquals(0, initiate.exit(), initiate.output());
        assertTrue(initiate.output().contains("TS 0.0.0.0/0 === 0.0.0.0/0"), initiate.output());
        assertTrue(dut.await(l -> l.contains(TUNNEL_UP), 10).isPresent(), () -> "Tunnel0 never came up\n" + dut.transcript());
        assertTrue(dut.await(l -> l.contains("(R) MM_SA_SETUP"), 0).isPresent(), "iosemu was the responder");
        assertTrue(dut.lines().stream().noneMatch(l -> l.contains("(I) MM_NO_STATE")), "responder-only: iosemu never initiated");
        assertTunnelCarriesTraffic();

        // strongSwan rekeys the child SA: iosemu sends with the new SA at once, and traffic keeps flowing
        String spiBefore = outboundSpi();
        Harness.Run rekey = peer("swanctl", "--rekey", "--child", "vti");
        assertEquals(0, rekey.exit(), rekey.output());
        String spiAfter = outboundSpi();
        for (int i = 0; i < 50 && spiAfter.equals(spiBefore); i++) { // QM3 may still be on its way
            Thread.sleep(100);
            spiAfter = outboundSpi();
        }
        assertTrue(!spiAfter.equals(spiBefore), "the new SA carries iosemu's traffic: still " + spiBefore);
        String newSpi = spiAfter.substring(2).toLowerCase(java.util.Locale.ROOT);
        assertTrue(strongSwanSas(o -> o.contains(newSpi)).contains(newSpi),
                "strongSwan's inbound SPI of the new SA");
        assertEquals(5, pingFromDut(), dut::transcript);

        // strongSwan crashes and comes back: its INITIAL_CONTACT makes iosemu drop the stale SAs at once, so only the
        // new pair is left and no DPD on the old phase 1 takes the tunnel down later
        assertEquals(0, peer("restart").exit());
        int restarted = dut.lines().size();
        Harness.Run again = peer("initiate");
        assertEquals(0, again.exit(), again.output());
        assertTrue(awaitFrom(restarted, l -> l.endsWith("processing NOTIFY INITIAL_CONTACT protocol 1"), 10) >= 0,
                () -> "strongSwan's INITIAL_CONTACT understood\n" + dut.transcript());
        assertTrue(awaitFrom(restarted, l -> l.contains("deleting SA reason \"Receive initial contact\""), 10) >= 0,
                () -> "the stale phase 1 deleted\n" + dut.transcript());
        awaitFrom(restarted, l -> l.endsWith(TUNNEL_UP), 10);
        List<String> fresh = show("show crypto session");
        assertTrue(fresh.contains("Session status: UP-ACTIVE") && fresh.contains("        Active SAs: 2, origin: crypto map"),
                () -> "only the new IPsec SA pair\n" + String.join("\n", fresh));
        assertEquals(5, pingFromDut(), dut::transcript);

        // strongSwan leaves gracefully: its DELETEs take the tunnel down at once
        int leaving = dut.lines().size();
        Harness.Run terminate = peer("swanctl", "--terminate", "--ike", "vti");
        assertEquals(0, terminate.exit(), terminate.output());
        assertTrue(awaitFrom(leaving, l -> l.endsWith(TUNNEL_DOWN), 10) >= 0, () -> "Tunnel0 down after strongSwan's DELETE\n" + dut.transcript());
        List<String> session = show("show crypto session");
        assertTrue(session.contains("Session status: DOWN"), () -> String.join("\n", session));
    }

    /** `swanctl --list-sas` once its output satisfies {@code p} (waiting up to 10 s: strongSwan installs at QM3), or as it is then. */
    private String strongSwanSas(java.util.function.Predicate<String> p) throws Exception {
        String out = "";
        for (int i = 0; i < 20; i++) {
            out = peer("swanctl", "--list-sas").output();
            if (p.test(out)) {
                break;
            }
            Thread.sleep(500);
        }
        return out;
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    /** charon's log once a line matches {@code p} (waiting up to 15 s), or as it is then. */
    private String charonLog(java.util.function.Predicate<String> p) throws Exception {
        Path log = state.resolve("charon.log");
        for (int i = 0; i < 150; i++) {
            if (Files.exists(log) && Files.readAllLines(log).stream().anyMatch(p)) {
                break;
            }
            Thread.sleep(100);
        }
        return Files.readString(log);
    }

    /** Index of the first line from {@code from} on that matches, waiting up to {@code seconds}; -1 if none came. */
    private int awaitFrom(int from, java.util.function.Predicate<String> p, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        do {
            List<String> lines = dut.lines();
            for (int i = Math.max(0, from); i < lines.size(); i++) {
                if (p.test(lines.get(i))) {
                    return i;
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        return -1;
    }

    private String outboundSpi() throws Exception {
        List<String> sa = show("show crypto ipsec sa");
        return sa.stream().map(OUTBOUND_SPI::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", sa)));
    }
}
