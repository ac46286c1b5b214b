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
 * automation do, and pins the lines iosemu still rejects. A line that starts being accepted, or one that
 * stops being accepted, fails the test: progress has to be recorded here, regressions cannot slip in.
 */
class ReferenceSamplesReplayTest {

    private static final Path SAMPLES = Path.of("../shared/reference/ios/samples");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 12.4 skeleton. Left out on purpose: platform/resource lines with no effect in an emulator
        // (resource policy, memory-size, ip dhcp vrf, icmp rate limit, cdp), and interface types and
        // settings (switch VLANs, serial clocking) the emulated 1811 does not have. As on IOS, the lines
        // under a rejected `interface` land in the sub-mode still open, so they are not listed.
        "show_running-config.12.4-skeleton.txt|"
            + "resource policy;memory-size iomem 5;no ip icmp rate-limit unreachable;no ip dhcp use vrf connected;"
            + "clock rate 2000000;interface Vlan1;no cdp log mismatch duplex",
        // 15.1 ISR 2901. Left out: source routing, PPP multilink, PKI token, licensing, redundancy,
        // the Embedded-Service-Engine module, OSPF, async line 2 and `scheduler allocate`.
        "show_running-config.15.1-isr2901-oxidized.txt|"
            + "ip source-route;multilink bundle-name authenticated;crypto pki token default removal timeout 0;"
            + "license udi pid CISCO2901/K9 sn FTX160884PT;redundancy;"
            + "interface Embedded-Service-Engine0/0;"
            + "router ospf 1;network 0.0.0.0 255.255.255.255 area 0;"
            + "line 2;no activation-character;transport preferred none;"
            + "transport output pad telnet rlogin lapb-ta mop udptn v120 ssh;"
            + "scheduler allocate 20000 1000",
        // 15.2 AWS VPN router. Left out: AAA method lists, the icmp rate limit, PPP multilink, named SSH
        // key pairs, VTI tunnels (tunnel protection) and TCP MSS.
        "show_running-config.crypto-15.2.txt|"
            + "aaa authorization exec default local;aaa session-id common;no ip icmp rate-limit unreachable;"
            + "multilink bundle-name authenticated;ip ssh rsa keypair-name lhr-border-02.demo.com;"
            + "ip tcp adjust-mss 1379;tunnel source 172.16.1.2;tunnel mode ipsec ipv4;"
            + "tunnel destination 52.27.166.152;tunnel protection ipsec profile ipsec-vpn-ba2e34a8-0",
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

    private static List<String> rejectedLines(List<String> lines) {
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS),
                Optional.empty(), new StandaloneRouterServices(), new Random(3));
        IosSession session = new IosSession(router);
        StringBuilder screen = new StringBuilder();
        session.submit("enable", screen::append);
        session.submit("configure terminal", screen::append);
        List<String> rejected = new ArrayList<>();
        for (String line : lines) {
            if (session.submit(line, screen::append).rejected()) {
                rejected.add(line.strip());
            }
        }
        return rejected;
    }
}
