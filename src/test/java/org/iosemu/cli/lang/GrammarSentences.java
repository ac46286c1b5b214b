package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;

/**
 * Test support for tests outside this package: complete lines generated from the command tree itself
 * (keywords, sometimes abbreviated, values inside their ranges), with the place of each value, so that a
 * test can put range edges, numbers past them (2^31, 2^32, 2^63 and beyond) and damaged text in their place.
 */
public final class GrammarSentences {

    /** One value word of a sentence: its index among the words, the argument rule and value class it fills. */
    public record Value(int wordIndex, String argRule, String valueClass) {
    }

    /** A generated line as typed words, the same words with keywords in full, and where its values are. */
    public record Sentence(List<String> words, List<String> canonical, List<Value> values) {
        public Sentence {
            words = List.copyOf(words);
            canonical = List.copyOf(canonical);
            values = List.copyOf(values);
        }

        /** Does the line, keywords in full, start with these words? */
        public boolean startsWith(String... keywords) {
            if (canonical.size() < keywords.length) {
                return false;
            }
            for (int i = 0; i < keywords.length; i++) {
                if (!canonical.get(i).equalsIgnoreCase(keywords[i])) {
                    return false;
                }
            }
            return true;
        }

        public String line() {
            return String.join(" ", words);
        }

        /** The same line with one word replaced. */
        public String lineWith(int wordIndex, String word) {
            return with(wordIndex, word).line();
        }

        public Sentence with(int wordIndex, String word) {
            List<String> copy = new ArrayList<>(words);
            copy.set(wordIndex, word);
            List<String> full = new ArrayList<>(canonical);
            full.set(wordIndex, word);
            return new Sentence(copy, full, values);
        }
    }

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();
    private static final AtnWalker WALKER = LANGUAGE.walker();
    private static final GrammarModel GRAMMAR = WALKER.grammar();
    private static final WordResolver RESOLVER = new WordResolver(GRAMMAR, WALKER.catalog());
    private static final GrammarInventory INVENTORY = new GrammarInventory(GRAMMAR);

    /** Numbers around the int, unsigned-int and long limits, and past any range. */
    public static final List<String> BIG_NUMBERS = List.of("2147483647", "2147483648", "4294967295", "4294967296",
            "9223372036854775807", "9223372036854775808", "18446744073709551616", "99999999999999999999999999",
            "-1", "-2147483648", "-2147483649", "-9223372036854775808", "-9223372036854775809", "00000000000000000000001");

    private GrammarSentences() {
    }

    /** A random complete line of this mode, or empty if the walk did not end within the word budget. */
    public static Optional<Sentence> valid(Mode mode, Random random) {
        return walk(mode, random, null);
    }

    /**
     * Walks that prefer, at every node, the continuation taken least often so far (ending the line counts
     * as one), so that a few thousand lines reach every branch of a mode, deep ones such as
     * {@code do show access-lists N} included.
     */
    public static final class Explorer {
        private final Mode mode;
        private final Map<WalkNode, Map<Integer, Integer>> taken = new java.util.IdentityHashMap<>();

        public Explorer(Mode mode) {
            this.mode = mode;
        }

        public Optional<Sentence> next(Random random) {
            return walk(mode, random, this);
        }

        private int choose(WalkNode node, List<Integer> choices, Random random) {
            Map<Integer, Integer> counts = taken.computeIfAbsent(node, n -> new java.util.HashMap<>());
            int least = Integer.MAX_VALUE;
            List<Integer> best = new ArrayList<>();
            for (int choice : choices) {
                int count = counts.getOrDefault(choice, 0);
                if (count < least) {
                    least = count;
                    best.clear();
                }
                if (count == least) {
                    best.add(choice);
                }
            }
            int chosen = best.get(random.nextInt(best.size()));
            counts.merge(chosen, 1, Integer::sum);
            return chosen;
        }
    }

    private static Optional<Sentence> walk(Mode mode, Random random, Explorer explorer) {
        WalkNode node = WALKER.root(mode);
        List<String> words = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        Set<Integer> usedOptions = new java.util.HashSet<>();
        for (int length = 0; length < 14; length++) {
            List<Integer> types = new ArrayList<>();
            node.tokenTypes().forEach(type -> {
                if (type != Token.EOF) {
                    types.add(type);
                }
            });
            boolean canEnd = node.endAllowed() && !words.isEmpty();
            int type;
            if (explorer != null) {
                List<Integer> choices = new ArrayList<>(types);
                if (canEnd) {
                    choices.add(Token.EOF);
                }
                if (choices.isEmpty()) {
                    return Optional.empty();
                }
                type = explorer.choose(node, choices, random);
                if (type == Token.EOF) {
                    return Optional.of(new Sentence(words, canonical, values));
                }
            } else {
                if (canEnd && random.nextInt(3) == 0) {
                    return Optional.of(new Sentence(words, canonical, values));
                }
                if (types.isEmpty()) {
                    return node.endAllowed() ? Optional.of(new Sentence(words, canonical, values)) : Optional.empty();
                }
                type = types.get(random.nextInt(types.size()));
            }
            Edge edge = node.edges(type).get(random.nextInt(node.edges(type).size()));
            String word = GRAMMAR.isKeyword(type) ? keyword(node, type, random) : value(edge, type, random);
            if (word == null) {
                return Optional.empty();
            }
            WordMatch match = RESOLVER.resolve(node, word);
            if (!(match instanceof WordMatch.Matched matched)) {
                return Optional.empty();
            }
            if (!GRAMMAR.isKeyword(matched.tokenType())) {
                values.add(new Value(words.size(), GRAMMAR.ruleName(edge.ruleIndex()), GRAMMAR.valueClass(type).name()));
            }
            words.add(word);
            canonical.add(GRAMMAR.isKeyword(matched.tokenType()) ? GRAMMAR.keyword(matched.tokenType()) : word);
            if (GRAMMAR.valueClass(matched.tokenType()) == ValueClass.LINE) {
                return Optional.of(new Sentence(words, canonical, values));
            }
            WALKER.noteOption(node, matched.tokenType(), usedOptions);
            node = WALKER.withoutUsedOptions(node.next(matched.tokenType(), matched.edgeMask()), usedOptions);
        }
        return node.endAllowed() ? Optional.of(new Sentence(words, canonical, values)) : Optional.empty();
    }

    /** The argument rules of this mode that take a number with a range. */
    public static Set<String> numericArguments(Mode mode) {
        Set<String> found = new TreeSet<>();
        for (Map.Entry<Integer, Set<ValueClass>> slot : INVENTORY.valueSlots(mode).entrySet()) {
            String rule = GRAMMAR.ruleName(slot.getKey());
            if (slot.getValue().contains(ValueClass.INT)
                    && WALKER.catalog().argumentRows(rule).stream().anyMatch(ArgRow::isRange)) {
                found.add(rule);
            }
        }
        return found;
    }

    /**
     * Values to put in place of a generated one: for a number, its rule's range ends, one past each and the
     * big numbers; for text, damaged and over-long words; for addresses and host names, near misses.
     */
    public static List<String> hostileValues(Value value) {
        List<String> out = new ArrayList<>();
        switch (ValueClass.valueOf(value.valueClass())) {
            case INT -> {
                for (ArgRow row : WALKER.catalog().argumentRows(value.argRule())) {
                    if (row.isRange()) {
                        out.addAll(List.of(Long.toString(row.low()), Long.toString(row.high()),
                                Long.toString(row.low() - 1), Long.toString(row.high() + 1)));
                    }
                }
                out.addAll(BIG_NUMBERS);
            }
            case IPV4 -> out.addAll(List.of("0.0.0.0", "255.255.255.255", "256.1.1.1", "1.1.1", "1..1.1", "1.1.1.1/24",
                    "4294967296.0.0.1"));
            case IFNUM -> out.addAll(List.of("0.4294967295", "0.4294967296", "0.99999999999", "2147483648/0",
                    "0/2147483648", "0/0/0/0/0", "0//1"));
            case HOST_NAME -> out.addAll(List.of("peer.example", "999.1.1.1", "1.1.1", "1..1.1", "1.1.1.1/24",
                    "-peer", "a".repeat(64) + ".example", "p\u00e9er.example"));
            case WORD -> out.addAll(List.of("w\u00e9", "\ufffd\ufffd", "x".repeat(300), "a\u0007b", "%s%n",
                    "2147483648", "\u00ff\u00fe"));
            case LINE -> out.addAll(List.of("t".repeat(100), "t".repeat(101), "t".repeat(240), "t".repeat(241),
                    "x ".repeat(2000), "bad \ufffd bytes \u00e9 \u0000 end"));
        }
        return out;
    }

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

    private static String value(Edge edge, int type, Random random) {
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
            case HOST_NAME -> "host" + random.nextInt(100) + ".example";
            case LINE -> "free  text " + random.nextInt(100);
        };
    }
}
