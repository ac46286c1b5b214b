package org.iosemu.cli.lang;

import java.util.List;

/**
 * Resolves one word against the candidates of a walk node, with IOS precedence: an exact keyword, then
 * a value (INT within the argument's range, A.B.C.D, interface number), then a unique keyword
 * abbreviation, then free text (WORD, LINE).
 */
final class WordResolver {

    private final GrammarModel grammar;
    private final HelpCatalog catalog;

    WordResolver(GrammarModel grammar, HelpCatalog catalog) {
        this.grammar = grammar;
        this.catalog = catalog;
    }

    WordMatch resolve(WalkNode node, String word) {
        String lower = AsciiCase.lower(word);
        int exact = node.exactKeyword(lower);
        if (exact >= 0) {
            return new WordMatch.Matched(exact, WalkNode.ALL_EDGES);
        }
        WordMatch memo = node.memoisedPrefix(lower);
        if (memo != null) {
            return memo;
        }
        int freeText = -1;
        for (int type : node.valueTypes()) {
            ValueClass valueClass = grammar.valueClass(type);
            if (valueClass == ValueClass.WORD || valueClass == ValueClass.LINE) {
                if (freeText < 0) {
                    freeText = type;
                }
                continue;
            }
            if (!valueClass.accepts(word)) {
                continue;
            }
            long mask = acceptingEdges(node.edges(type), valueClass, word);
            if (mask != 0) {
                return new WordMatch.Matched(type, mask);
            }
        }
        int[] abbreviated = node.visibleKeywordsStartingWith(lower);
        if (abbreviated.length == 1) {
            WordMatch match = new WordMatch.Matched(abbreviated[0], WalkNode.ALL_EDGES);
            node.memoisePrefix(lower, match);
            return match;
        }
        if (abbreviated.length > 1) {
            return new WordMatch.Ambiguous();   // IOS: two parses would match, even where free text could too
        }
        if (freeText >= 0) {
            return new WordMatch.Matched(freeText, WalkNode.ALL_EDGES);
        }
        return new WordMatch.NoMatch(node.longestKeywordPrefix(lower));
    }

    /**
     * How many characters a rest-of-line value may have at this node (the largest limit any of its rules
     * states in its help), or -1 when some rule states none.
     */
    int maxLineLength(WalkNode node, int type, long edgeMask) {
        int max = -1;
        List<Edge> edges = node.edges(type);
        for (int i = 0; i < edges.size(); i++) {
            if (i < 64 && edgeMask != WalkNode.ALL_EDGES && (edgeMask & (1L << i)) == 0) {
                continue;
            }
            int ruleMax = catalog.maxLineLength(grammar.ruleName(edges.get(i).ruleIndex()));
            if (ruleMax < 0) {
                return -1;
            }
            max = Math.max(max, ruleMax);
        }
        return max;
    }

    /**
     * Bit i set when edge i's argument rule accepts the value (its range, for numbers); ALL_EDGES when
     * none was dropped, so that only real range decisions are recorded and checked in the parse tree.
     */
    private long acceptingEdges(List<Edge> edges, ValueClass valueClass, String word) {
        long mask = 0;
        boolean allAccept = true;
        for (int i = 0; i < edges.size() && i < 64; i++) {
            String rule = grammar.ruleName(edges.get(i).ruleIndex());
            if (catalog.argumentAccepts(rule, valueClass, word)) {
                mask |= 1L << i;
            } else {
                allAccept = false;
            }
        }
        return allAccept ? WalkNode.ALL_EDGES : mask;
    }
}
