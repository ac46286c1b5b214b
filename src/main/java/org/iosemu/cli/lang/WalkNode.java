package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.Token;

/**
 * A point in a mode's command tree: everything that may be typed next (keyword and value edges, and
 * whether the line may end here), indexed for fast word resolution, plus memoised successors keyed by
 * the chosen token type and the subset of its edges that stayed alive (an INT range can keep
 * {@code arg_acl_standard} and drop {@code arg_acl_extended}).
 */
final class WalkNode {

    /** Mask meaning "every edge of that token type". */
    static final long ALL_EDGES = -1L;

    private final AtnWalker walker;
    private final List<Edge> edges;
    private final Map<Integer, List<Edge>> edgesByToken = new LinkedHashMap<>();
    private final Map<String, Integer> keywordByLowerCase = new HashMap<>();
    private final String[] visibleKeywordsLowerCase;   // sorted, for prefix matching and completion
    private final int[] visibleKeywordTypes;            // parallel to visibleKeywordsLowerCase
    private final int[] valueTypes;                     // value token types, in resolution precedence order
    private final boolean endAllowed;
    private final Map<Choice, WalkNode> successors = new ConcurrentHashMap<>();
    private final Map<String, WordMatch> prefixMemo = new ConcurrentHashMap<>();

    WalkNode(AtnWalker walker, List<Edge> edges) {
        this.walker = walker;
        this.edges = edges;
        GrammarModel grammar = walker.grammar();
        for (Edge edge : edges) {
            edgesByToken.computeIfAbsent(edge.tokenType(), t -> new ArrayList<>(2)).add(edge);
        }
        List<String> visible = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        boolean end = false;
        for (Map.Entry<Integer, List<Edge>> entry : edgesByToken.entrySet()) {
            int type = entry.getKey();
            if (type == Token.EOF) {
                end = true;
            } else if (grammar.isKeyword(type)) {
                keywordByLowerCase.put(grammar.keywordLowerCase(type), type);
                boolean hidden = entry.getValue().stream()
                        .allMatch(e -> walker.catalog().isHidden(type, walker.ruleChain(e)));
                if (!hidden) {
                    visible.add(grammar.keywordLowerCase(type));
                }
            } else if (grammar.valueClass(type) != null) {
                values.add(type);
            }
        }
        this.endAllowed = end;
        visible.sort(null);
        this.visibleKeywordsLowerCase = visible.toArray(String[]::new);
        this.visibleKeywordTypes = new int[visibleKeywordsLowerCase.length];
        for (int i = 0; i < visibleKeywordTypes.length; i++) {
            visibleKeywordTypes[i] = keywordByLowerCase.get(visibleKeywordsLowerCase[i]);
        }
        values.sort((a, b) -> grammar.valueClass(a).compareTo(grammar.valueClass(b)));
        this.valueTypes = values.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Edge> edges() {
        return edges;
    }

    List<Edge> edges(int tokenType) {
        return edgesByToken.getOrDefault(tokenType, List.of());
    }

    Iterable<Integer> tokenTypes() {
        return edgesByToken.keySet();
    }

    boolean endAllowed() {
        return endAllowed;
    }

    /** Keyword token whose text equals the word (any case), hidden ones included; -1 if none. */
    int exactKeyword(String lowerCaseWord) {
        return keywordByLowerCase.getOrDefault(lowerCaseWord, -1);
    }

    /** Visible keyword token types whose text starts with the (lower-case) prefix, in ASCII order. */
    int[] visibleKeywordsStartingWith(String lowerCasePrefix) {
        int from = Arrays.binarySearch(visibleKeywordsLowerCase, lowerCasePrefix);
        if (from < 0) {
            from = -from - 1;
        }
        int to = from;
        while (to < visibleKeywordsLowerCase.length && visibleKeywordsLowerCase[to].startsWith(lowerCasePrefix)) {
            to++;
        }
        return Arrays.copyOfRange(visibleKeywordTypes, from, to);
    }

    /** Length of the longest prefix of the word that begins some keyword allowed here (caret placement). */
    int longestKeywordPrefix(String lowerCaseWord) {
        int best = 0;
        for (String keyword : keywordByLowerCase.keySet()) {
            int common = 0;
            int max = Math.min(keyword.length(), lowerCaseWord.length());
            while (common < max && keyword.charAt(common) == lowerCaseWord.charAt(common)) {
                common++;
            }
            best = Math.max(best, common);
        }
        return best;
    }

    int[] valueTypes() {
        return valueTypes;
    }

    WordMatch memoisedPrefix(String lowerCaseWord) {
        return prefixMemo.get(lowerCaseWord);
    }

    void memoisePrefix(String lowerCaseWord, WordMatch match) {
        if (prefixMemo.size() < 4096) {   // bounded: keyword abbreviations only, never values
            prefixMemo.putIfAbsent(lowerCaseWord, match);
        }
    }

    /** The node after consuming a token of this type through the edges selected by the mask. */
    WalkNode next(int tokenType, long edgeMask) {
        Choice choice = new Choice(tokenType, edgeMask);
        WalkNode known = successors.get(choice);
        if (known != null) {
            return known;
        }
        List<Edge> all = edges(tokenType);
        List<Edge> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (i >= 64 || (edgeMask & (1L << i)) != 0) {
                kept.add(all.get(i));
            }
        }
        WalkNode created = walker.advance(kept);
        WalkNode raced = successors.putIfAbsent(choice, created);
        return raced != null ? raced : created;
    }

    private record Choice(int tokenType, long edgeMask) {
    }
}
