package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Whatever is typed, in whatever mode: a Parsed/Failed/Blank answer, never an exception. */
class ResolveNeverThrowsProperties {

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();

    private static final List<String> SEEDS = List.of(
            "crypto isakmp keepalive 10 3 periodic", "cry isa pol 10", "int fa0/0", "interface Loopback 0",
            "access-list 110 permit ip any host 10.0.0.1", "crypto map CM 10 ipsec-isakmp",
            "set peer 10.0.0.2 default", "encr aes 256", "mode transport", "ip address 10.0.0.1 255.255.255.0",
            "description uplink to HQ", "transport input ssh telnet", "show running-config | include crypto",
            "ping 10.0.0.1 repeat 5 source fa0/0", "no crypto isakmp keepalive", "do sh ip int brief",
            "crypto ipsec transform-set TS esp-aes 256 esp-sha-hmac", "lab router R2 down", "peer 1.2.3.4 default");

    @Property(tries = 400)
    void anyLineInAnyModeResolves(@ForAll Mode mode, @ForAll("lines") String line) {
        Resolution resolution = LANGUAGE.resolve(mode, line);
        assertNotNull(resolution);
        assertTrue(resolution instanceof Resolution.Parsed || resolution instanceof Resolution.Failed
                || resolution instanceof Resolution.Blank || resolution instanceof Resolution.NotEmulated);
        if (resolution instanceof Resolution.Failed failed) {
            assertNotNull(failed.error().render("R1(config)#"));
        }
        assertNotNull(LANGUAGE.help(mode, line).render("R1#"));
        assertNotNull(LANGUAGE.complete(mode, line));
    }

    @Property(tries = 20)
    void veryLongLinesResolve(@ForAll Mode mode, @ForAll("longLines") String line) {
        assertNotNull(LANGUAGE.resolve(mode, line));
        assertNotNull(LANGUAGE.help(mode, line));
        assertNotNull(LANGUAGE.complete(mode, line));
    }

    @AfterContainer
    static void parserAgreedWithTheWalkEveryTime() {
        assertEquals(0, LANGUAGE.parserDisagreements());
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars(" \t\r\u0000\u0007\u001b|/.-?")
                .withCharRange('0', '9').withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('\u00e0', '\u00ff').withChars("\u4e2d\u6587\ud83d\ude00")
                .ofMaxLength(60);
        Arbitrary<String> seeds = Arbitraries.of(SEEDS);
        Arbitrary<String> mutated = Combinators.combine(seeds, Arbitraries.integers().between(0, 60), noise)
                .as((seed, at, insert) -> {
                    int cut = Math.min(at, seed.length());
                    return seed.substring(0, cut) + insert + seed.substring(cut);
                });
        Arbitrary<String> truncated = Combinators.combine(seeds, Arbitraries.integers().between(0, 60))
                .as((seed, at) -> seed.substring(0, Math.min(at, seed.length())));
        Arbitrary<String> shuffledWords = Arbitraries.of(SEEDS).list().ofMinSize(1).ofMaxSize(3)
                .map(list -> String.join(" ", list));
        return Arbitraries.oneOf(noise, mutated, truncated, shuffledWords, seeds);
    }

    @Provide
    Arbitrary<String> longLines() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofLength(10_000),
                Arbitraries.of(SEEDS).map(seed -> (seed + " ").repeat(10_000 / (seed.length() + 1))),
                Arbitraries.just("description " + "x".repeat(10_000)),
                Arbitraries.just("1".repeat(10_000)));
    }
}
