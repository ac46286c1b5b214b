package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
import org.iosemu.grammar.IosLexer;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;

/** Random and mutated lines in every mode: never an exception, and a rejected line changes nothing. */
class BadInputProperties {

    /** How to reach each mode from a fresh console. */
    static final List<List<String>> MODE_PATHS = List.of(
            List.of(),
            List.of("enable"),
            List.of("enable", "configure terminal"),
            List.of("enable", "configure terminal", "crypto isakmp policy 10"),
            List.of("enable", "configure terminal", "crypto ipsec transform-set T esp-aes esp-sha-hmac"),
            List.of("enable", "configure terminal", "crypto map M 10 ipsec-isakmp"),
            List.of("enable", "configure terminal", "crypto ipsec client ezvpn E"),
            List.of("enable", "configure terminal", "crypto keyring K"),
            List.of("enable", "configure terminal", "crypto isakmp profile P"),
            List.of("enable", "configure terminal", "crypto ipsec profile IP"),
            List.of("enable", "configure terminal", "interface FastEthernet0"),
            List.of("enable", "configure terminal", "line vty 0 4"),
            List.of("enable", "configure terminal", "ip access-list extended E", "permit ip any host 10.2.2.1"),
            List.of("enable", "configure terminal", "ip access-list standard S", "10 permit 10.0.0.1"));

    @Property(tries = 400)
    void rejectedLinesLeaveTheConfigUnchanged(@ForAll("modePaths") List<String> path, @ForAll("lines") List<String> lines) {
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
                new StandaloneRouterServices(), new Random(5));
        IosSession session = new IosSession(router);
        StringBuilder screen = new StringBuilder();
        path.forEach(l -> session.submit(l, screen::append));
        for (String line : lines) {
            if (!session.isOpen()) {
                return;
            }
            List<String> before = RunningConfigRenderer.body(router.config().current(), ConfigTimes.NONE);
            LineOutcome outcome = session.submit(line, screen::append);
            session.help(line, screen::append);
            session.complete(line);
            if (outcome.rejected()) {
                assertEquals(before, RunningConfigRenderer.body(router.config().current(), ConfigTimes.NONE), line);
            }
        }
    }

    /** Good lines of every mode, to be damaged one character at a time. */
    static final List<String> VALID_LINES = List.of("crypto isakmp keepalive 10 periodic", "encryption aes 256",
            "crypto isakmp key kd94j1ksldz address 10.2.80.209 255.255.255.0", "set peer 10.0.0.1 default",
            "crypto ipsec transform-set esp-3des-sha esp-3des esp-sha-hmac", "mode transport", "set transform-set T",
            "match address 101", "ip address 10.1.32.14 255.255.255.0", "crypto map test", "group unity key preshared",
            "peer 10.2.2.2", "transport input ssh", "access-list 101 permit ip 10.1.1.0 0.0.0.255 any",
            "show running-config | include crypto", "copy running-config startup-config", "enable secret cisco",
            "username admin privilege 15 secret 5 $1$abcd$2hDGYdE0UrwK2pqoiF6BB1", "no crypto map test 1",
            "crypto ipsec client ezvpn ezvpn-config inside", "ip route 0.0.0.0 0.0.0.0 10.1.1.1",
            "10 permit tcp any host 10.2.2.1 eq 443", "no 10", "deny 10.0.0.0 0.0.0.255", "remark lab hosts",
            "ip access-list standard E", "ip access-list extended S", "no deny udp any any range 500 4500");

    /** Deletes, replaces, duplicates or inserts one character. */
    static String mutate(String line, int position, int kind, char c) {
        int at = position % (line.length() + 1);
        return switch (kind) {
            case 0 -> at < line.length() ? line.substring(0, at) + line.substring(at + 1) : line;
            case 1 -> at < line.length() ? line.substring(0, at) + c + line.substring(at + 1) : line + c;
            case 2 -> at < line.length() ? line.substring(0, at + 1) + line.substring(at) : line;
            default -> line.substring(0, at) + c + line.substring(at);
        };
    }

    @Provide
    Arbitrary<List<String>> modePaths() {
        return Arbitraries.of(MODE_PATHS);
    }

    @Provide
    Arbitrary<List<String>> lines() {
        List<String> words = new ArrayList<>();
        for (int t = 1; t <= IosLexer.VOCABULARY.getMaxTokenType(); t++) {
            String literal = IosLexer.VOCABULARY.getLiteralName(t);
            if (literal != null) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        words.addAll(List.of("0", "1", "10", "65536", "99999999999", "-1", "2147483647", "2147483648",
                "4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "18446744073709551616",
                "-9223372036854775809", "1.2.3.4", "300.1.1.1", "1.2.3", "fa0/0",
                "Fa0/1.5", "lo0", "!", "|", "\"", "\t", "é", "x".repeat(300), "cr", "s", "n", "do", "no", "exit", "end"));
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(words),
                Arbitraries.of(words).map(w -> w.isEmpty() ? w : w.substring(0, Math.max(1, w.length() / 2))),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> random = word.list().ofMinSize(0).ofMaxSize(7).map(ws -> String.join(" ", ws));
        Arbitrary<String> mutated = net.jqwik.api.Combinators.combine(Arbitraries.of(VALID_LINES),
                Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 3), Arbitraries.chars().ascii())
                .as(BadInputProperties::mutate);
        return Arbitraries.oneOf(random, mutated).list().ofMinSize(1).ofMaxSize(6);
    }
}
