package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random sentences generated from the command tree itself (keywords, sometimes abbreviated, and values
 * inside their ranges) must resolve and parse, and the generated parser must agree with the walk.
 */
class GeneratedSentencesTest {

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();
    private static final AtnWalker WALKER = LANGUAGE.walker();
    private static final GrammarModel GRAMMAR = WALKER.grammar();
    private static final WordResolver RESOLVER = new WordResolver(GRAMMAR, WALKER.catalog());

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyGeneratedSentenceParses(Mode mode) {
        Random random = new Random(mode.ordinal() * 7919L + 1);
        int generated = 0;
        for (int attempt = 0; attempt < 3000; attempt++) {
            String line = sentence(mode, random);
            if (line == null) {
                continue;
            }
            generated++;
            Resolution resolution = LANGUAGE.resolve(mode, line);
            // a sentence through the not-emulated catalogue is valid IOS that iosemu declines, by name
            assertTrue(resolution instanceof Resolution.Parsed || resolution instanceof Resolution.NotEmulated,
                    () -> mode + " '" + line + "' -> " + resolution);
        }
        assertTrue(generated > 500, "too few complete sentences: " + generated);
        assertEquals(0, LANGUAGE.parserDisagreements());
    }

    /** A random complete line, or null if the walk did not reach an end within the word budget. */
    private static String sentence(Mode mode, Random random) {
        WalkNode node = WALKER.root(mode);
        List<String> words = new ArrayList<>();
        for (int length = 0; length < 14; length++) {
            if (node.endAllowed() && (words.size() > 0 && random.nextInt(3) == 0)) {
                return String.join(" ", words);
            }
            List<Integer> types = new ArrayList<>();
            node.tokenTypes().forEach(type -> {
                if (type != Token.EOF) {
                    types.add(type);
                }
            });
            if (types.isEmpty()) {
                return node.endAllowed() ? String.join(" ", words) : null;
            }
            int type = types.get(random.nextInt(types.size()));
            String word = GRAMMAR.isKeyword(type) ? keyword(node, type, random) : value(node, type, random);
            if (word == null) {
                return null;
            }
            WordMatch match = RESOLVER.resolve(node, word);
            if (!(match instanceof WordMatch.Matched matched)) {
                return null;   // e.g. a value another candidate claims first; not what this test is about
            }
            words.add(word);
            if (GRAMMAR.valueClass(matched.tokenType()) == ValueClass.LINE) {
                return String.join(" ", words);
            }
            node = node.next(matched.tokenType(), matched.edgeMask());
        }
        return node.endAllowed() ? String.join(" ", words) : null;
    }

    /** The keyword in full, or its shortest abbreviation that still resolves to it here. */
    private static String keyword(WalkNode node, int type, Random random) {
        String full = GRAMMAR.keyword(type);
        if (random.nextBoolean()) {
            return random.nextBoolean() ? full : full.toUpperCase(Locale.ROOT);
        }
        for (int length = 1; length < full.length(); length++) {
            String prefix = full.substring(0, length);
            if (RESOLVER.resolve(node, prefix) instanceof WordMatch.Matched matched && matched.tokenType() == type) {
                return prefix;
            }
        }
        return full;
    }

    private static String value(WalkNode node, int type, Random random) {
        Edge edge = node.edges(type).get(random.nextInt(node.edges(type).size()));
        List<ArgRow> ranges = WALKER.catalog().argumentRows(GRAMMAR.ruleName(edge.ruleIndex())).stream()
                .filter(ArgRow::isRange).toList();
        return switch (GRAMMAR.valueClass(type)) {
            case INT -> {
                if (ranges.isEmpty()) {
                    yield null;
                }
                ArgRow row = ranges.get(random.nextInt(ranges.size()));
                long[] picks = {row.low(), row.high(), row.low() + (row.high() - row.low()) / 2};
                yield Long.toString(picks[random.nextInt(picks.length)]);
            }
            case IPV4 -> random.nextInt(256) + "." + random.nextInt(256) + ".0." + random.nextInt(256);
            case IFNUM -> random.nextInt(4) + "/" + random.nextInt(4) + (random.nextBoolean() ? "" : "." + random.nextInt(200));
            case WORD -> "name" + random.nextInt(100);
            case LINE -> "free  text " + random.nextInt(100);
        };
    }
}
