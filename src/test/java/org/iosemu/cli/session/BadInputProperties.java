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
            List.of("enable", "configure terminal", "interface FastEthernet0"),
            List.of("enable", "configure terminal", "line vty 0 4"));

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
        words.addAll(List.of("0", "1", "10", "65536", "99999999999", "-1", "1.2.3.4", "300.1.1.1", "1.2.3", "fa0/0",
                "Fa0/1.5", "lo0", "!", "|", "\"", "\t", "é", "x".repeat(300), "cr", "s", "n", "do", "no", "exit", "end"));
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(words),
                Arbitraries.of(words).map(w -> w.isEmpty() ? w : w.substring(0, Math.max(1, w.length() / 2))),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(7).map(ws -> String.join(" ", ws));
        return line.list().ofMinSize(1).ofMaxSize(6);
    }
}
