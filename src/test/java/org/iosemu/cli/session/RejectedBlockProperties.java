package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;

/**
 * Whatever mode a paste is in and whatever line opening a block is rejected (not emulated, or damaged),
 * the lines indented under it are skipped and the configuration does not change.
 */
class RejectedBlockProperties {

    /** Lines that open a sub-mode on IOS, valid or damaged: each is rejected or opens a block. */
    private static final List<String> OPENERS = List.of("router ospf 1", "router bgp 65000", "interface Cellular0",
            "interface Vlan1", "crypto dynamic-map DYN 10", "class-map match-any VOICE", "policy-map QOS", "line 2",
            "ip dhcp pool LAN", "crypto pki trustpoint TP", "interface FastEthernet0", "interface Tunnel0",
            "crypto map M 20 ipsec-isakmp", "crypto isakmp policy 20", "line vty 0 4", "ip access-list extended X",
            "crypto ipsec transform-set T2 esp-aes esp-sha-hmac");

    @Property(tries = 300)
    void linesUnderARejectedLineChangeNothing(@ForAll("configPaths") List<String> path, @ForAll("openers") String opener,
            @ForAll("blocks") List<String> block) {
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
                new StandaloneRouterServices(), new Random(5));
        IosSession session = new IosSession(router);
        StringBuilder screen = new StringBuilder();
        path.forEach(l -> session.submit(l, screen::append));
        List<String> before = RunningConfigRenderer.body(router.config().current(), ConfigTimes.NONE);
        if (!session.submit(opener, screen::append).rejected()) {
            return;   // a mutation that still parses opened its own block: not what this property is about
        }
        // a damaged opener may itself start with blanks: its block is what is indented deeper than it
        String openerIndent = opener.substring(0, opener.length() - opener.stripLeading().length());
        for (String blockLine : block) {
            String line = blockLine.isEmpty() ? blockLine : openerIndent + blockLine;
            LineOutcome outcome = session.submit(line, screen::append);
            assertTrue(outcome.skipped() || line.strip().isEmpty() || line.strip().startsWith("!"), line);
        }
        assertEquals(before, RunningConfigRenderer.body(router.config().current(), ConfigTimes.NONE), opener);
    }

    @Provide
    Arbitrary<List<String>> configPaths() {
        return Arbitraries.of(BadInputProperties.MODE_PATHS.subList(2, BadInputProperties.MODE_PATHS.size()));
    }

    /** A catalogue opener, or any opener with one character damaged. */
    @Provide
    Arbitrary<String> openers() {
        Arbitrary<String> plain = Arbitraries.of(OPENERS);
        Arbitrary<String> damaged = plain.flatMap(line -> Arbitraries.integers().between(0, 200).flatMap(
                position -> Arbitraries.integers().between(0, 3).flatMap(kind -> Arbitraries.chars()
                        .with('x', '9', ' ', '/', '-', 'Q').map(c -> BadInputProperties.mutate(line, position, kind, c)))));
        return Arbitraries.oneOf(plain, damaged);
    }

    /** Valid lines of every mode (and comments), indented under the opener. */
    @Provide
    Arbitrary<List<String>> blocks() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.of(BadInputProperties.VALID_LINES),
                Arbitraries.of("shutdown", "no shutdown", "set pfs group5", "set transform-set OTHER", "crypto map M",
                        "network 10.0.0.0 0.0.0.255 area 0", "exit", "end", "!", ""));
        Arbitrary<String> indents = Arbitraries.of(" ", "  ", "\t", "   ");
        return Arbitraries.lazy(() -> indents.flatMap(indent -> lines.map(line -> line.isEmpty() ? line : indent + line)))
                .list().ofMinSize(1).ofMaxSize(8);
    }
}
