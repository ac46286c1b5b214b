package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.iosemu.cli.lang.GrammarSentences;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every numeric argument of every mode, executed: sentences generated from the grammar with each value
 * replaced by its range ends, one past them and numbers around 2^31, 2^32 and 2^63 (and damaged text,
 * addresses and host names in the other value slots). No line may throw, and a rejected line leaves the
 * configuration as it was.
 */
class RangeEdgeSessionTest {

    /** Walks per mode: generating is cheap, and deep branches (`do show crypto session local A port N`) need many. */
    private static final int ATTEMPTS = 40_000;

    /** How to reach each mode from a fresh console. */
    static final Map<Mode, List<String>> MODE_PATHS = Map.ofEntries(
            Map.entry(Mode.USER_EXEC, List.of()),
            Map.entry(Mode.PRIV_EXEC, List.of("enable")),
            Map.entry(Mode.CONFIG, List.of("enable", "configure terminal")),
            Map.entry(Mode.ISAKMP_POLICY, List.of("enable", "configure terminal", "crypto isakmp policy 10")),
            Map.entry(Mode.TRANSFORM_SET, List.of("enable", "configure terminal", "crypto ipsec transform-set T esp-aes esp-sha-hmac")),
            Map.entry(Mode.CRYPTO_MAP, List.of("enable", "configure terminal", "crypto map M 10 ipsec-isakmp")),
            Map.entry(Mode.EZVPN, List.of("enable", "configure terminal", "crypto ipsec client ezvpn E")),
            Map.entry(Mode.KEYRING, List.of("enable", "configure terminal", "crypto keyring K")),
            Map.entry(Mode.ISAKMP_PROFILE, List.of("enable", "configure terminal", "crypto isakmp profile P")),
            Map.entry(Mode.IPSEC_PROFILE, List.of("enable", "configure terminal", "crypto ipsec profile IP")),
            Map.entry(Mode.CLIENT_GROUP, List.of("enable", "configure terminal", "crypto isakmp client configuration group G")),
            Map.entry(Mode.INTERFACE, List.of("enable", "configure terminal", "interface FastEthernet0")),
            Map.entry(Mode.LINE, List.of("enable", "configure terminal", "line vty 0 4")),
            Map.entry(Mode.STD_NACL, List.of("enable", "configure terminal", "ip access-list standard S")),
            Map.entry(Mode.EXT_NACL, List.of("enable", "configure terminal", "ip access-list extended E")));

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyValueAtAndPastItsRangeEdgesIsHandled(Mode mode) {
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
                new StandaloneRouterServices(), new Random(5));
        Random random = new Random(mode.ordinal() * 31L + 7);
        GrammarSentences.Explorer explorer = new GrammarSentences.Explorer(mode);
        Set<String> covered = new TreeSet<>();
        Map<String, Integer> sentencesPerArgument = new java.util.HashMap<>();
        int lines = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<GrammarSentences.Sentence> generated = explorer.next(random);
            if (generated.isEmpty()) {
                continue;
            }
            GrammarSentences.Sentence sentence = quietPing(generated.get());
            if (writesAFile(sentence)) {
                continue;
            }
            for (GrammarSentences.Value value : sentence.values()) {
                // every argument gets its edge values in two different sentences; that bounds the run
                if (sentencesPerArgument.merge(value.argRule() + " " + value.valueClass(), 1, Integer::sum) > 2) {
                    continue;
                }
                if (value.valueClass().equals("INT")) {
                    covered.add(value.argRule());
                }
                for (String hostile : GrammarSentences.hostileValues(value)) {
                    if (value.argRule().equals("arg_ping_repeat") && hostile.length() > 4) {
                        continue;   // a ping of 2^31 echoes must stream: the ping streaming work tests that
                    }
                    run(router, mode, sentence.lineWith(value.wordIndex(), hostile));
                    lines++;
                }
            }
        }
        System.out.printf("range edges %s: %d lines, %d numeric arguments%n", mode, lines, covered.size());
        Set<String> missing = new TreeSet<>(GrammarSentences.numericArguments(mode));
        missing.removeAll(covered);
        if (mode.isConfig()) {
            // `do` reaches the EXEC arguments from every config mode; the PRIV_EXEC run covers them (same checks),
            // and the random walk through a mode's own commands rarely finds them
            missing.removeAll(GrammarSentences.numericArguments(Mode.PRIV_EXEC));
        }
        assertTrue(missing.isEmpty(), mode + ": numeric arguments no sentence reached: " + missing);
        assertTrue(lines > 0 || GrammarSentences.numericArguments(mode).isEmpty(), "no line run in " + mode);
    }

    /** `monitor capture C export FILE` writes FILE in the working directory: not from a test. */
    static boolean writesAFile(GrammarSentences.Sentence sentence) {
        return sentence.values().stream().anyMatch(v -> v.argRule().equals("arg_capture_file"));
    }

    /** Long pings are the ping streaming work's; here every generated ping sends two echoes. */
    static GrammarSentences.Sentence quietPing(GrammarSentences.Sentence sentence) {
        GrammarSentences.Sentence out = sentence;
        for (GrammarSentences.Value value : sentence.values()) {
            if (value.argRule().equals("arg_ping_repeat")) {
                out = out.with(value.wordIndex(), "2");
            }
        }
        return out;
    }

    /** One line on a fresh session in the mode; a session is cheap and leaves no dialogue behind. */
    static void run(RouterContext router, Mode mode, String line) {
        IosSession session = new IosSession(router);
        StringBuilder screen = new StringBuilder();
        try {
            MODE_PATHS.get(mode).forEach(l -> session.submit(l, screen::append));
            List<String> before = RunningConfigRenderer.body(router.config().current(), ConfigTimes.NONE);
            LineOutcome outcome = session.submit(line, screen::append);
            if (outcome.rejected()) {
                assertEquals(before, RunningConfigRenderer.body(router.config().current(), ConfigTimes.NONE),
                        () -> "rejected but changed the config: " + line);
            }
            session.help(line, screen::append);
            session.complete(line);
        } catch (RuntimeException | Error e) {
            if (e instanceof AssertionError) {
                throw e;
            }
            AssertionError failure = new AssertionError(mode + ": '" + line + "' threw " + e, e);
            fail(failure);
        }
    }
}
