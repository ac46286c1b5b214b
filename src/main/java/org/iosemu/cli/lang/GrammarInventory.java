package org.iosemu.cli.lang;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.atn.ATNState;

/**
 * Everything a mode can reach in the grammar, independent of what is typed: each keyword occurrence
 * with the rule chain it is reached through, and each argument rule. The help-coverage test uses it to
 * prove that the catalog describes the whole language.
 */
final class GrammarInventory {

    /** A keyword at one place of the grammar, reached through {@code ruleChain} (innermost first). */
    record KeywordOccurrence(int tokenType, List<Integer> ruleChain) {
    }

    private final GrammarModel grammar;
    private final AtnPaths paths;

    GrammarInventory(GrammarModel grammar) {
        this.grammar = grammar;
        this.paths = new AtnPaths(grammar);
    }

    Set<KeywordOccurrence> keywords(Mode mode) {
        Set<KeywordOccurrence> found = new LinkedHashSet<>();
        explore(mode, (state, stack, type) -> {
            if (grammar.isKeyword(type)) {
                found.add(new KeywordOccurrence(type, chain(state.ruleIndex, stack)));
            }
        });
        return found;
    }

    /** Rules holding value tokens, with the value classes each takes. */
    Map<Integer, Set<ValueClass>> valueSlots(Mode mode) {
        Map<Integer, Set<ValueClass>> found = new LinkedHashMap<>();
        explore(mode, (state, stack, type) -> {
            if (grammar.valueClass(type) != null) {
                found.computeIfAbsent(state.ruleIndex, r -> EnumSet.noneOf(ValueClass.class)).add(grammar.valueClass(type));
            }
        });
        return found;
    }

    /** Rules reachable from the mode's entry rule. */
    Set<Integer> rules(Mode mode) {
        Set<Integer> found = new LinkedHashSet<>();
        explore(mode, (state, stack, type) -> found.addAll(chain(state.ruleIndex, stack)));
        return found;
    }

    /** Every token transition the mode's entry rule reaches, with the rules it is reached through. */
    private void explore(Mode mode, TokenVisitor visitor) {
        int entry = grammar.atn().ruleToStartState[grammar.ruleIndex(mode.entryRule())].stateNumber;
        paths.walk(List.of(new AtnPaths.Config(entry, null)), true,
                (from, type, target, stack) -> visitor.visit(from, stack, type));
    }

    private interface TokenVisitor {
        void visit(ATNState state, ReturnStack stack, int tokenType);
    }

    private List<Integer> chain(int innermostRule, ReturnStack stack) {
        return paths.ruleChain(innermostRule, stack);
    }
}
