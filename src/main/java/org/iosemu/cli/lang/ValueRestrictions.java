package org.iosemu.cli.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which argument rules a value was accepted for, where the walk dropped some candidates (a number out of
 * {@code arg_acl_standard}'s range but inside {@code arg_acl_extended}'s). The parser cannot see ranges,
 * so where the grammar alone is ambiguous the tree is checked against, and if needed steered by, these.
 */
final class ValueRestrictions {

    private final Map<Integer, Set<Integer>> rulesByTokenIndex = new HashMap<>();

    private ValueRestrictions() {
    }

    /** Records that the word at {@code tokenIndex} may only sit in the rules of the masked edges. */
    static ValueRestrictions add(ValueRestrictions restrictions, int tokenIndex, List<Edge> edges, long mask) {
        ValueRestrictions target = restrictions != null ? restrictions : new ValueRestrictions();
        Set<Integer> rules = new HashSet<>();
        for (int i = 0; i < edges.size(); i++) {
            if (i >= 64 || (mask & (1L << i)) != 0) {
                rules.add(edges.get(i).ruleIndex());
            }
        }
        target.rulesByTokenIndex.put(tokenIndex, rules);
        return target;
    }

    /** May a token at this index be matched inside this rule? */
    boolean allows(int tokenIndex, int ruleIndex) {
        Set<Integer> rules = rulesByTokenIndex.get(tokenIndex);
        return rules == null || rules.contains(ruleIndex);
    }

    Set<Integer> tokenIndexes() {
        return rulesByTokenIndex.keySet();
    }
}
