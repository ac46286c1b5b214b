package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pastes the real IOS running-configs of the shared reference into configuration mode, as lab users and
 * automation do, and pins the lines iosemu does not apply: not emulated (N), rejected with an error (E), or
 * skipped because they are indented under such a line (S). A line that starts being accepted, or one that
 * stops being accepted, fails the test: progress has to be recorded here, regressions cannot slip in.
 */
class ReferenceSamplesReplayTest {

    private static final Path SAMPLES = Path.of("../shared/reference/ios/samples");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 12.4 skeleton. Not emulated: platform/resource lines with no effect in an emulator (resource policy,
        // memory-size, ip dhcp vrf, icmp rate limit, cdp), serial clocking and the switch VLAN interface,
        // whose `no ip address` is skipped (it used to remove the address of the interface above it).
        "show_running-config.12.4-skeleton.txt|"
            + "N:resource policy;N:memory-size iomem 5;N:no ip icmp rate-limit unreachable;"
            + "N:no ip dhcp use vrf connected;N:clock rate 2000000;N:interface Vlan1;S:no ip address;"
            + "N:no cdp log mismatch duplex",
        // 15.1 ISR 2901. Not emulated: source routing, PPP multilink, PKI token, licensing, redundancy, OSPF,
        // async line 2 and `scheduler allocate`; the Embedded-Service-Engine module is not an interface of
        // the emulated router (an error). The lines under each are skipped: `shutdown` no longer shuts
        // Loopback6 above it, and line 2's transports and stop bits no longer change `line aux 0`.
        "show_running-config.15.1-isr2901-oxidized.txt|"
            + "N:ip source-route;N:multilink bundle-name authenticated;N:crypto pki token default removal timeout 0;"
            + "N:license udi pid CISCO2901/K9 sn FTX160884PT;N:redundancy;"
            + "E:interface Embedded-Service-Engine0/0;S:no ip address;S:shutdown;"
            + "N:router ospf 1;S:network 0.0.0.0 255.255.255.255 area 0;"
            + "N:line 2;S:no activation-character;S:no exec;S:transport preferred none;S:transport input all;"
            + "S:transport output pad telnet rlogin lapb-ta mop udptn v120 ssh;S:stopbits 1;"
            + "N:scheduler allocate 20000 1000",
        // 15.2 AWS VPN router. Not emulated: AAA method lists, the icmp rate limit, PPP multilink, named SSH
        // key pairs. Not yet modelled (errors, their blocks skipped): VTI tunnels (tunnel protection) and TCP MSS.
        "show_running-config.crypto-15.2.txt|"
            + "N:no ip icmp rate-limit unreachable;"
            + "N:multilink bundle-name authenticated;N:ip ssh rsa keypair-name lhr-border-02.demo.com;"
            + "E:ip tcp adjust-mss 1379;E:tunnel source 172.16.1.2;E:tunnel mode ipsec ipv4;"
            + "E:tunnel destination 52.27.166.152;E:tunnel protection ipsec profile ipsec-vpn-ba2e34a8-0",
    })
    void onlyTheKnowinglyUnsupportedLinesAreRejected(String sample, String expected) throws IOException {
        Path file = SAMPLES.resolve(sample);
        assumeTrue(Files.isReadable(file), "reference sample not present: " + file.toAbsolutePath());
        assertEquals(List.of(expected.split(";")), rejectedLines(configLines(file)));
    }

    /** The configuration body: from the first `!` or `version` line to `end`, without collector notes. */
    private static List<String> configLines(Path file) throws IOException {
        List<String> body = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            in |= line.startsWith("!") || line.startsWith("version ");
            if (!in || line.startsWith("#")) {
                continue;
            }
            if (line.equals("end")) {
                break;
            }
            body.add(line);
        }
        return body;
    }

    /** Each line iosemu did not apply, as {@code N:line} (not emulated), {@code E:line} (error) or {@code S:line} (skipped). */
    private static List<String> rejectedLines(List<String> lines) {
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS),
                Optional.empty(), new StandaloneRouterServices(), new Random(3));
        IosSession session = new IosSession(router);
        StringBuilder screen = new StringBuilder();
        session.submit("enable", screen::append);
        session.submit("configure terminal", screen::append);
        List<String> rejected = new ArrayList<>();
        for (String line : lines) {
            LineOutcome outcome = session.submit(line, screen::append);
            if (outcome.skipped()) {
                rejected.add("S:" + line.strip());
            } else if (outcome.rejected()) {
                rejected.add((outcome.message().startsWith("% Not emulated") ? "N:" : "E:") + line.strip());
            }
        }
        return rejected;
    }
}
